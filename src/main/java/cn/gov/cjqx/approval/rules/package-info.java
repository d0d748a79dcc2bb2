/** What every rule of the catalogue (README, the rule tables of each procedure) has in common: a code, an article, a kind and Chinese messages. */
package cn.gov.cjqx.approval.rules;

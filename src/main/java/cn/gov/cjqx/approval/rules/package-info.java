/** What every rule of the catalogue (DESIGN §4) has in common: a code, an article, a kind and Chinese messages. */
package cn.gov.cjqx.approval.rules;

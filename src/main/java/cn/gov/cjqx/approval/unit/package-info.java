/** Units (单位) that host accounts and websites, with the facts Article 13 asks about. */
package cn.gov.cjqx.approval.unit;

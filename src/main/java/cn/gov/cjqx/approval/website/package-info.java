/** The registry of government websites (政府网站). */
package cn.gov.cjqx.approval.website;

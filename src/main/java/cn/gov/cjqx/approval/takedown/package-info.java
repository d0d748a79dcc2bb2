/** 政府网站临时下线 (Article 10): the process website-takedown, its rules, delegates, forms and API. */
package cn.gov.cjqx.approval.takedown;

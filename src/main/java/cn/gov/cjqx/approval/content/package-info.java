/**
 * 内容发布审核 (信息发布审核, 一事一审, Articles 20–23 and 26): the process content-review, one instance per item to be
 * published on an account or a website of the unit; its rules, delegates, forms, API and the publication log.
 */
package cn.gov.cjqx.approval.content;

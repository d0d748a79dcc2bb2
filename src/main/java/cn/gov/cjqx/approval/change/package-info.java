/** 政务新媒体变更 (Articles 16, 18): the process new-media-change, its checks, delegates, forms, API and history. */
package cn.gov.cjqx.approval.change;

/** 政务新媒体关停/注销 (Articles 16, 18, 19): the process new-media-closure, its rules, delegates, forms and API. */
package cn.gov.cjqx.approval.closure;

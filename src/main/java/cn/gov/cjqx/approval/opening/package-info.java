/** 政务新媒体开设备案 (Articles 13–17, 21): the process new-media-opening, its rules, delegates, forms and API. */
package cn.gov.cjqx.approval.opening;

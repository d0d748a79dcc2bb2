/** The registry of government new-media accounts (政务新媒体), following the attachment's 备案登记表. */
package cn.gov.cjqx.approval.account;

/** Public notices (公告) of changes, closures and takedowns: published for a number of working days, public. */
package cn.gov.cjqx.approval.notice;

/** Working days (工作日) from the State Council's yearly holiday notices, in Asia/Shanghai. */
package cn.gov.cjqx.approval.calendar;

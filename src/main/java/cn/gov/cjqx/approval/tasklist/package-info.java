/** What approvers see in Camunda Tasklist: the shared task lists (filters). */
package cn.gov.cjqx.approval.tasklist;

/** Procedures (one per process instance), their approval records, and the shared approval-task plumbing. */
package cn.gov.cjqx.approval.procedure;

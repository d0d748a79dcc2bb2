/**
 * The applicants' portal (办事入口, /portal): server-rendered Chinese pages for the people of a unit — 我的申请 with
 * each procedure's step, holders, timeline and diagram, and one filing page per procedure an applicant starts. The
 * pages read through this package and write through the same /api (same rules, same authorization), signed in by a
 * session with CSRF protection (identity.SecurityConfig).
 */
package cn.gov.cjqx.approval.portal;

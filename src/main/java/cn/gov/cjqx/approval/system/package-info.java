/** Cross-cutting plumbing: problem+json errors, idempotent starts, process deployment, OpenAPI. */
package cn.gov.cjqx.approval.system;

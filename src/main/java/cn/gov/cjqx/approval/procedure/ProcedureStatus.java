package cn.gov.cjqx.approval.procedure;

/** Whether the procedure's process instance is still running. */
public enum ProcedureStatus {
	/** 办理中 */
	RUNNING,
	/** 已办结 (see the outcome) */
	ENDED
}

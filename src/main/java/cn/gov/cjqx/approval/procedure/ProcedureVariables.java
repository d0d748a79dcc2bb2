package cn.gov.cjqx.approval.procedure;

/**
 * The process variables every procedure has. They copy our tables for Tasklist (lists and forms) and are written by the
 * process itself; no form has them as a field, so no caller can set them (EngineEntryGuard).
 */
public final class ProcedureVariables {

	/** Set by {@code camunda:initiator}; for information only: who started is {@link Procedure#getApplicantId()}. */
	public static final ProcessVariable<String> INITIATOR = ProcessVariable.text("initiator", "申请人");

	public static final ProcessVariable<String> BUSINESS_KEY = ProcessVariable.text("businessKey", "业务编号");

	public static final ProcessVariable<String> SUBJECT = ProcessVariable.text("subject", "事项");

	public static final ProcessVariable<String> UNIT_NAME = ProcessVariable.text("unitName", "单位");

	/** Markdown of the filing's key facts, shown read-only in the task forms. */
	public static final ProcessVariable<String> FILING_SUMMARY = ProcessVariable.text("filingSummary", "备案信息");

	/** Markdown of the earlier decisions and opinions. */
	public static final ProcessVariable<String> APPROVAL_HISTORY = ProcessVariable.text("approvalHistory", "审批记录");

	/**
	 * The decision of the approval task just completed, as recorded ({@code approve}, {@code return}, {@code reject}):
	 * what the gateways after approval tasks route on.
	 */
	public static final ProcessVariable<String> APPROVAL_DECISION = ProcessVariable.text("approvalDecision", "审批结论");

	/** The choice of the correction task just completed ({@code resubmit}, {@code withdraw}), see CorrectionChoice. */
	public static final ProcessVariable<String> CORRECTION_CHOICE = ProcessVariable.text("correctionChoice", "补正后的处理方式");

	/** Why a request is back with the applicant: the rules' findings or the returning approver's opinion. */
	public static final ProcessVariable<String> CORRECTION_REASONS = ProcessVariable.text("correctionReasons", "退回原因");

	private ProcedureVariables() {
	}

}

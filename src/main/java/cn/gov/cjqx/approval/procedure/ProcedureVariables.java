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

	/**
	 * The approval step that last returned the request for correction (its task definition key), set by the
	 * approvalTaskListener on a {@code return}: where the corrected request goes back to, see {@link ReturnedStep}.
	 */
	public static final ProcessVariable<String> RETURNED_BY = ProcessVariable.text("returnedBy", "退回环节");

	/**
	 * The step a checked request goes on to (a task definition key), decided by the procedure after each submission
	 * or correction ({@link ReturnedStep#decide}): the gateway after the checks routes on it.
	 */
	public static final ProcessVariable<String> RESUME_AT = ProcessVariable.text("resumeAt", "补正后回到的环节");

	/**
	 * What the unit's decision covered, as {@link DecisionSubject#fingerprints} of the request when the unit approved:
	 * a later correction that changes one of these fields sends the request to the unit again.
	 */
	public static final ProcessVariable<String> UNIT_DECIDED_ON = ProcessVariable.text("unitDecidedOn", "单位决定所依据的内容（摘要）");

	/** Why the unit decides again (which fields the correction changed), for the unit decision's form; else absent. */
	public static final ProcessVariable<String> DECIDE_AGAIN_REASON = ProcessVariable.text("decideAgainReason", "重新决定的原因");

	private ProcedureVariables() {
	}

}

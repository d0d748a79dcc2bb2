package cn.gov.cjqx.approval.procedure;

/**
 * The process variables every procedure has. They copy our tables for Tasklist (lists and forms) and are written by the
 * process itself; no form has them as a field, so no caller can set them (EngineEntryGuard).
 */
public final class ProcedureVariables {

	/** Set by {@code camunda:initiator}; for information only: who started is {@link Procedure#getInitiator()}. */
	public static final String INITIATOR = "initiator";

	public static final String BUSINESS_KEY = "businessKey";

	public static final String SUBJECT = "subject";

	public static final String UNIT_NAME = "unitName";

	/** Markdown of the filing's key facts, shown read-only in the task forms. */
	public static final String FILING_SUMMARY = "filingSummary";

	/** Markdown of the earlier decisions and opinions. */
	public static final String APPROVAL_HISTORY = "approvalHistory";

	/**
	 * The decision of the approval task just completed, as recorded ({@code approve}, {@code return}, {@code reject}):
	 * what the gateways after approval tasks route on.
	 */
	public static final String APPROVAL_DECISION = "approvalDecision";

	/** The choice of the correction task just completed ({@code resubmit}, {@code withdraw}), see CorrectionChoice. */
	public static final String CORRECTION_CHOICE = "correctionChoice";

	private ProcedureVariables() {
	}

}

package cn.gov.cjqx.approval.procedure;

/** Variables every approval task completes with (README "Approval tasks"); form field keys use the same names. */
public final class ApprovalVariables {

	/** {@code approve} | {@code return} | {@code reject}, see {@link Decision}. */
	public static final ProcessVariable<String> DECISION = ProcessVariable.text("decision", "审批结论");

	/** 审批意见: required for return and reject. */
	public static final ProcessVariable<String> OPINION = ProcessVariable.text("opinion", "审批意见");

	public static final int OPINION_MAX_LENGTH = 2000;

	private ApprovalVariables() {
	}

}

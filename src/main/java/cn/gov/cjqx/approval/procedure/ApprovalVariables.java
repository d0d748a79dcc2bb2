package cn.gov.cjqx.approval.procedure;

/** Variables every approval task completes with (DESIGN §3 "Approval tasks"); form field keys use the same names. */
public final class ApprovalVariables {

	/** {@code approve} | {@code return} | {@code reject}, see {@link Decision}. */
	public static final String DECISION = "decision";

	/** 审批意见: required for return and reject. */
	public static final String OPINION = "opinion";

	public static final int OPINION_MAX_LENGTH = 2000;

	private ApprovalVariables() {
	}

}

package cn.gov.cjqx.approval.procedure;

/** How an ended procedure ended. */
public enum Outcome {
	/** 已通过 / 已生效 */
	APPROVED("已通过"),
	/** 未通过: rejected by an approver or by a HARD rule. */
	REJECTED("未通过"),
	/** 已撤回 by the applicant. */
	WITHDRAWN("已撤回");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

package cn.gov.cjqx.approval.rules;

/** What a violation does to a filing. */
public enum RuleKind {
	/** Ends the procedure as REJECTED, or refuses the start at the REST door (409). */
	HARD,
	/** Sends the filing back to the applicant's correction task. */
	SOFT
}

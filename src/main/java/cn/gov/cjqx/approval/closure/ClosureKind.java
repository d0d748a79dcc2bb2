package cn.gov.cjqx.approval.closure;

/** What the closure ends in. */
public enum ClosureKind {
	/** 关停: the account stops publishing (SHUT_DOWN). */
	SHUT_DOWN("关停"),
	/** 注销: the account is cancelled on the platform (DEREGISTERED). */
	DEREGISTRATION("注销");

	private final String label;

	ClosureKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

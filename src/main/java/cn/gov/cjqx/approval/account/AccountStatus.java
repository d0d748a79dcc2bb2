package cn.gov.cjqx.approval.account;

/** What the account's procedures have reached; the BPMN models decide when a status changes. */
public enum AccountStatus {
	/** 开设中: an opening procedure is running. */
	OPENING("开设中"),
	/** 正常运行: approved and filed nationally and with Yuxi. */
	ACTIVE("正常运行"),
	/** 关停公告中: a closure is announced and not yet effective. */
	CLOSING("关停公告中"),
	/** 已关停 */
	SHUT_DOWN("已关停"),
	/** 已注销 */
	DEREGISTERED("已注销");

	private final String label;

	AccountStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

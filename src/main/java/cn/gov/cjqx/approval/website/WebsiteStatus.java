package cn.gov.cjqx.approval.website;

/** Whether a website is reachable, and why not. */
public enum WebsiteStatus {
	/** 正常运行 */
	ONLINE("正常运行"),
	/** 临时下线 (approved, Art. 10) */
	OFFLINE_TEMPORARY("临时下线"),
	/** 紧急断网/关停（已报备） */
	OFFLINE_EMERGENCY("紧急下线"),
	/** 已关闭 */
	CLOSED("已关闭");

	private final String label;

	WebsiteStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

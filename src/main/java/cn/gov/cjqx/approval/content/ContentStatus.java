package cn.gov.cjqx.approval.content;

/** Where an item stands; only a PUBLISHED item counts as an update of its account or website. */
public enum ContentStatus {

	IN_REVIEW("审核中"), APPROVED("已审核待发布"), PUBLISHED("已发布"), REJECTED("未通过"), WITHDRAWN("已撤回");

	private final String label;

	ContentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

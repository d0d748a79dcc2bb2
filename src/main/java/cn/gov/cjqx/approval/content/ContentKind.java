package cn.gov.cjqx.approval.content;

/** Whether an item is the unit's own or reposted from another source (Art. 23). */
public enum ContentKind {

	ORIGINAL("原创"), REPOST("转载");

	private final String label;

	ContentKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

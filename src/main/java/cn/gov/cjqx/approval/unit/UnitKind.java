package cn.gov.cjqx.approval.unit;

/** What kind of body a unit is; Article 13 forbids accounts hosted by internal departments. */
public enum UnitKind {
	/** 行政机关 */
	ADMINISTRATIVE_ORGAN("行政机关"),
	/** 事业单位 */
	PUBLIC_INSTITUTION("事业单位"),
	/** 内设机构 */
	INTERNAL_DEPARTMENT("内设机构"),
	/** 其他 */
	OTHER("其他");

	private final String label;

	UnitKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

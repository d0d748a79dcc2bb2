package cn.gov.cjqx.approval.filing;

/** The materials of Article 17, (一) to (九). */
public enum OpeningMaterial {
	/** (一) */
	REGISTRATION_FORM("（一）", "《云南省政务新媒体备案登记表》"),
	/** (二): attached by the unit leaders in the unit-decision task. */
	MEETING_MINUTES("（二）", "单位集体研究的会议纪要（经主要领导签批同意）"),
	/** (三) */
	STAFF_AND_EQUIPMENT("（三）", "人员管理、设备配置使用情况"),
	/** (四) */
	REVIEW_MECHANISM("（四）", "信息发布审核机制"),
	/** (五) */
	SECURITY_OPERATIONS("（五）", "安全运维情况"),
	/** (六) */
	MAP_USAGE("（六）", "地图使用情况"),
	/** (七) */
	NAME_AND_LAYOUT("（七）", "政务新媒体的名称、实名认证、版面栏目设计情况"),
	/** (八): only when an outside body is entrusted as undertaking unit. */
	ENTRUSTMENT("（八）", "委托其他专门机构承办的权责及保密协议签订情况"),
	/** (九): only when the account provides internet news information or audiovisual programmes. */
	NEWS_QUALIFICATION("（九）", "互联网新闻信息服务或网络视听节目服务资质情况");

	private final String number;

	private final String label;

	OpeningMaterial(String number, String label) {
		this.number = number;
		this.label = label;
	}

	public String title() {
		return number + label;
	}
}

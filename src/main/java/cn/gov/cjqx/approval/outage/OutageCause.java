package cn.gov.cjqx.approval.outage;

/** Why a website went offline without approval (Art. 10). */
public enum OutageCause {
	/** 不可抗因素导致长时间断电、断网 */
	FORCE_MAJEURE("不可抗因素导致长时间断电、断网"),
	/** 因无法落实有关安全要求被责令紧急关停 */
	ORDERED_SHUTDOWN("无法落实安全要求被责令紧急关停");

	private final String label;

	OutageCause(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

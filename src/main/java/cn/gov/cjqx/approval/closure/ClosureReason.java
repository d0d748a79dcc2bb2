package cn.gov.cjqx.approval.closure;

/** Why an account closes. Article 19's reasons may also be ordered by the bureau office. */
public enum ClosureReason {
	/** 因工作原因 (Art. 18): only the unit itself gives this reason. */
	WORK_NEEDS("因工作原因调整", false, false),
	/** 无专人维护 (Art. 19: close). */
	NO_MAINTAINER("无专人维护", true, false),
	/** 长期无更新 (Art. 19: close). */
	NO_UPDATES("长期无更新", true, false),
	/** 安全保障不到位 (Art. 19: close). */
	INSECURE("安全保障不到位", true, false),
	/** 用户关注度和利用率低 (Art. 19: consolidate first). */
	LOW_USAGE("用户关注度和利用率低", true, true),
	/** 功能相近 (Art. 19: consolidate first). */
	SIMILAR_FUNCTION("与其他账号功能相近", true, true),
	/** 不符合开设要求 (Art. 19: consolidate first). */
	NONCONFORMING("不符合开设要求", true, true);

	private final String label;

	private final boolean article19;

	private final boolean consolidateFirst;

	ClosureReason(String label, boolean article19, boolean consolidateFirst) {
		this.label = label;
		this.article19 = article19;
		this.consolidateFirst = consolidateFirst;
	}

	public String label() {
		return label;
	}

	/** A reason of Article 19, which the bureau office may order. */
	public boolean article19() {
		return article19;
	}

	/** ART19_CONSOLIDATE_FIRST: "先整合后关停". */
	public boolean consolidateFirst() {
		return consolidateFirst;
	}
}

package cn.gov.cjqx.approval.procedure;

import java.util.EnumSet;
import java.util.Set;

/** The procedures (README, Procedures), each with its process key and business-key prefix. */
public enum ProcedureKind {
	/** 政务新媒体开设备案 */
	NEW_MEDIA_OPENING("new-media-opening", "XMT-KS", "政务新媒体开设备案", true),
	/** 政务新媒体变更 */
	NEW_MEDIA_CHANGE("new-media-change", "XMT-BG", "政务新媒体变更", true),
	/** 政务新媒体关停/注销 */
	NEW_MEDIA_CLOSURE("new-media-closure", "XMT-GT", "政务新媒体关停/注销", false),
	/** 政府网站临时下线 */
	WEBSITE_TAKEDOWN("website-takedown", "WZ-XX", "政府网站临时下线", true),
	/** 网站断电断网/责令关停报备 */
	WEBSITE_OUTAGE_REPORT("website-outage-report", "WZ-BB", "网站断电断网/责令关停报备", false),
	/** 内容发布审核 (一事一审) */
	CONTENT_REVIEW("content-review", "NR", "内容发布审核", true);

	/** ONE_PROCEDURE_AT_A_TIME for websites: the procedures that take a site offline. */
	public static final Set<ProcedureKind> WEBSITE_PROCEDURES = EnumSet.of(WEBSITE_TAKEDOWN, WEBSITE_OUTAGE_REPORT);

	private final String processKey;

	private final String keyPrefix;

	private final String label;

	private final boolean withdrawableBeforeFirstApproval;

	ProcedureKind(String processKey, String keyPrefix, String label, boolean withdrawableBeforeFirstApproval) {
		this.processKey = processKey;
		this.keyPrefix = keyPrefix;
		this.label = label;
		this.withdrawableBeforeFirstApproval = withdrawableBeforeFirstApproval;
	}

	/**
	 * Whether the applicant may withdraw it until the first approver acts ({@link BeforeFirstApproval}): its process
	 * carries the event subprocess of that message. A closure has its own rule (until its notice ends); an outage
	 * report is a report of what happened, not a request.
	 */
	public boolean withdrawableBeforeFirstApproval() {
		return withdrawableBeforeFirstApproval;
	}

	public String processKey() {
		return processKey;
	}

	public String keyPrefix() {
		return keyPrefix;
	}

	public String label() {
		return label;
	}
}

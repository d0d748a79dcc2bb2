package cn.gov.cjqx.approval.opening;

import cn.gov.cjqx.approval.rules.RuleCheckVariables;

/** The contract of processes/new-media-opening.bpmn: its key, element ids and variable names. */
public final class OpeningProcess {

	public static final String KEY = "new-media-opening";

	public static final String START = "StartEvent_FilingSubmitted";

	public static final String TASK_RECORD_FILING = "Task_RecordFiling";

	public static final String TASK_CHECK_RULES = "Task_CheckRules";

	public static final String TASK_CORRECT_FILING = "Task_CorrectFiling";

	public static final String TASK_UNIT_DECISION = "Task_UnitDecision";

	public static final String TASK_BUREAU_REVIEW = "Task_BureauReview";

	public static final String TASK_CITY_APPROVAL = "Task_CityGovApproval";

	public static final String TASK_RECORD_FILING_NUMBERS = "Task_RecordFilingNumbers";

	public static final String END_ACCOUNT_OPENED = "EndEvent_AccountOpened";

	public static final String END_REJECTED = "EndEvent_Rejected";

	public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

	/** Set from the authenticated starter by {@code camunda:initiator}. */
	public static final String INITIATOR = "initiator";

	public static final String UNIT_CODE = "unitCode";

	/**
	 * The filing as JSON, a transient variable of a start through our API: the process keeps the filing in
	 * opening_filing, not as one stored variable per field (three rows each with history level full). Starts through a
	 * start form or /engine-rest give one variable per field, as the correction form does.
	 */
	public static final String SUBMITTED_FILING = "submittedFiling";

	/** Shown in the Tasklist lists: business key, subject (the account name) and the unit's name. */
	public static final String BUSINESS_KEY = "businessKey";

	public static final String SUBJECT = "subject";

	public static final String UNIT_NAME = "unitName";

	/** {@code OK}, {@code SOFT} or {@code HARD}: the result of the rule checks. */
	public static final String RULE_RESULT = RuleCheckVariables.RULE_RESULT;

	/** The violations of the last check, one per line, for the forms. */
	public static final String VIOLATIONS_TEXT = RuleCheckVariables.VIOLATIONS_TEXT;

	/** Why the filing is back with the applicant: violations or the returning approver's opinion. */
	public static final String CORRECTION_REASONS = "correctionReasons";

	/** {@code resubmit} or {@code withdraw}, from the correction task. */
	public static final String CORRECTION_ACTION = "correctionAction";

	/** Markdown of the filing's key facts and material links, shown read-only in the task forms. */
	public static final String FILING_SUMMARY = "filingSummary";

	/** Markdown of the earlier decisions and opinions. */
	public static final String APPROVAL_HISTORY = "approvalHistory";

	public static final String MEETING_DATE = "meetingDate";

	public static final String MINUTES_MATERIAL_ID = "minutesMaterialId";

	public static final String MAIN_LEADER_CONSENT = "mainLeaderConsent";

	public static final String NATIONAL_FILING_NO = "nationalFilingNo";

	public static final String YUXI_FILING_NO = "yuxiFilingNo";

	private OpeningProcess() {
	}

}

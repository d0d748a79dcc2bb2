package cn.gov.cjqx.approval.change;

import cn.gov.cjqx.approval.rules.RuleCheckVariables;

/** The contract of processes/new-media-change.bpmn: its key, element ids and variable names. */
public final class ChangeProcess {

	public static final String KEY = "new-media-change";

	public static final String TASK_RECORD_CHANGE = "Task_RecordChange";

	public static final String TASK_CHECK_RULES = "Task_CheckChangeRules";

	public static final String TASK_CORRECT_CHANGE = "Task_CorrectChange";

	public static final String TASK_UNIT_DECISION = "Task_UnitDecision";

	public static final String TASK_BUREAU_REVIEW = "Task_BureauReview";

	public static final String TASK_CITY_FILING = "Task_CityGovFiling";

	public static final String TIMER_NOTICE_ENDED = "TimerEvent_NoticeEnded";

	public static final String TASK_APPLY_CHANGE = "Task_ApplyChange";

	public static final String TASK_UPDATE_FILING = "Task_UpdateFiling";

	public static final String END_APPLIED = "EndEvent_ChangeApplied";

	public static final String END_REJECTED = "EndEvent_Rejected";

	public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

	public static final String INITIATOR = "initiator";

	public static final String ACCOUNT_ID = "accountId";

	/** {@code OK}, {@code SOFT} or {@code HARD}. */
	public static final String RULE_RESULT = RuleCheckVariables.RULE_RESULT;

	public static final String VIOLATIONS_TEXT = RuleCheckVariables.VIOLATIONS_TEXT;

	/** {@code resubmit} or {@code withdraw}, from the correction task. */
	public static final String CORRECTION_ACTION = "correctionAction";

	public static final String NOTICE_CONTINUES_AT = "noticeContinuesAt";

	public static final String APPLIED_ON = "appliedOn";

	public static final String FILING_UPDATE_NOTE = "filingUpdateNote";

	private ChangeProcess() {
	}

}

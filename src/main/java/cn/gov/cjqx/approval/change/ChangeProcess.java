package cn.gov.cjqx.approval.change;

import java.time.LocalDate;
import java.util.Date;

import cn.gov.cjqx.approval.procedure.ProcessVariable;
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

	public static final ProcessVariable<Long> ACCOUNT_ID = ProcessVariable.id("accountId", "账号编号");

	public static final ProcessVariable<String> VIOLATIONS_TEXT = ProcessVariable.text(RuleCheckVariables.VIOLATIONS_TEXT, "规则检查发现的问题");

	/** {@code resubmit} or {@code withdraw}, from the correction task. */
	public static final ProcessVariable<String> CORRECTION_ACTION = ProcessVariable.text("correctionAction", "补正后的处理方式");

	public static final ProcessVariable<Date> NOTICE_CONTINUES_AT = ProcessVariable.time("noticeContinuesAt", "公告期满后继续办理的时间");

	public static final ProcessVariable<LocalDate> APPLIED_ON = ProcessVariable.day("appliedOn", "在平台完成变更的日期");

	public static final ProcessVariable<String> FILING_UPDATE_NOTE = ProcessVariable.text("filingUpdateNote", "备案系统更新情况");

	private ChangeProcess() {
	}

}

package cn.gov.cjqx.approval.opening;

import java.time.LocalDate;

import cn.gov.cjqx.approval.procedure.ProcessVariable;
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

	/**
	 * The filing as JSON, a transient variable of a start through our API: the process keeps the filing in
	 * opening_filing, not as one stored variable per field (three rows each with history level full). Starts through a
	 * start form or /engine-rest give one variable per field, as the correction form does.
	 */
	public static final ProcessVariable<String> SUBMITTED_FILING = ProcessVariable.text("submittedFiling", "备案信息");

	/** The violations of the last check, one per line, for the forms. */
	public static final ProcessVariable<String> VIOLATIONS_TEXT = ProcessVariable.text(RuleCheckVariables.VIOLATIONS_TEXT, "规则检查发现的问题");

	/** {@code resubmit} or {@code withdraw}, from the correction task. */
	public static final ProcessVariable<String> CORRECTION_ACTION = ProcessVariable.text("correctionAction", "补正后的处理方式");

	public static final ProcessVariable<LocalDate> MEETING_DATE = ProcessVariable.day("meetingDate", "会议日期");

	public static final ProcessVariable<String> MINUTES_MATERIAL_ID = ProcessVariable.text("minutesMaterialId", "会议纪要材料编号");

	public static final ProcessVariable<Boolean> MAIN_LEADER_CONSENT = ProcessVariable.flag("mainLeaderConsent", "主要领导同意");

	public static final ProcessVariable<String> NATIONAL_FILING_NO = ProcessVariable.text("nationalFilingNo", "全国备案编号");

	public static final ProcessVariable<String> YUXI_FILING_NO = ProcessVariable.text("yuxiFilingNo", "玉溪备案编号");

	private OpeningProcess() {
	}

}

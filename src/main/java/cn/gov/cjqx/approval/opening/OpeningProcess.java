package cn.gov.cjqx.approval.opening;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.procedure.DecisionSubject;
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

	/** After the checks: on to the unit's decision, or back to the step that returned the filing (resumeAt). */
	public static final String GATEWAY_RESUME = "Gateway_ResumeAfterCorrection";

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

	/**
	 * What the unit's collective decision (Art. 16) approves, so what a correction may not change without a new
	 * decision: which account is opened (name, platform), whose it is and who answers for it (主办单位, 主管单位,
	 * the host's leader in charge, whether and to whom it is entrusted, Art. 13 and 17), what it is for (简介 as its
	 * positioning, the columns of Art. 15, news or audiovisual services) and the Art. 13 declarations the unit makes by
	 * deciding (not for an event or special project, the vertical-management basis, the integrated platform of an app).
	 * Contacts, administrators, links, the QR code, certification and registration details, the map and app
	 * assessments and the materials are the clerk's to correct: the approvers who returned the filing check them.
	 */
	public static final DecisionSubject UNIT_DECISION_SUBJECT = DecisionSubject
		.of("unitCode", "主办单位", "accountName", "账号名称", "platform", "发布平台", "supervisingUnitName", "主管单位",
				"hostLeader", "主办单位分管领导", "undertakingEntrusted", "是否委托承办", "undertakingUnitName", "承办单位",
				"introduction", "简介（功能定位）", "columns", "栏目设置", "providesNewsOrAudiovisual",
				"是否从事互联网新闻信息服务或传播网络视听节目", "eventOrSpecialProject", "是否为重大活动或专项工作开设",
				"verticalManagementBasis", "垂直管理单位的上级规定", "appIntegratedPlatform", "所属集约化平台")
		.requireFieldsOf(Arrays.stream(OpeningFiling.class.getRecordComponents())
			.map(RecordComponent::getName)
			.collect(Collectors.toSet()));

	private OpeningProcess() {
	}

}

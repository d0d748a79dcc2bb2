package cn.gov.cjqx.approval.change;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;

import cn.gov.cjqx.approval.procedure.DecisionSubject;
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

	/** After the checks: on to the unit's decision, or back to the step that returned the request (resumeAt). */
	public static final String GATEWAY_RESUME = "Gateway_ResumeAfterCorrection";

	/**
	 * What the unit's decision (Art. 18: collective decision or the main leader's consent) covers, so what a correction
	 * may not change without a new decision: the basis and the document of that decision, and the change itself (every
	 * new value). The correction form lets the clerk rewrite the reason, the basis and the document only (a different
	 * change is withdrawn and filed again), so in practice a corrected basis or document brings the request back to the
	 * leaders; a clearer reason goes straight back to the approver who asked for it.
	 */
	public static final DecisionSubject UNIT_DECISION_SUBJECT = DecisionSubject
		.of("decisionBasis", "决定依据", "decisionReference", "会议纪要编号或主要领导签批文件", "accountName", "账号名称",
				"hostUnitCode", "主办单位", "platform", "发布平台", "hostLeader", "主办单位分管领导", "hostContact", "主办单位联系方式",
				"undertakingUnitName", "承办单位", "undertakingEntrusted", "是否委托承办", "undertakingLeader", "承办单位负责人",
				"undertakingContact", "承办单位联系方式", "certified", "是否认证", "certificationSubject", "认证主体",
				"newsServiceLicensed", "互联网新闻信息服务资质", "introduction", "简介（功能定位）", "accessUrl", "访问链接",
				"qrCodeMaterialId", "二维码", "columns", "栏目设置", "administrators", "管理员", "materialEntrustment",
				"委托承办材料", "materialNewsQualification", "新闻资质材料")
		.requireFieldsOf(Arrays.stream(ChangeRequest.class.getRecordComponents())
			.map(RecordComponent::getName)
			.collect(Collectors.toSet()));

	private ChangeProcess() {
	}

}

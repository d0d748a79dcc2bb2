package cn.gov.cjqx.approval.closure;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Collectors;

import cn.gov.cjqx.approval.procedure.DecisionSubject;
import java.time.LocalDate;
import java.util.Date;

import cn.gov.cjqx.approval.procedure.ProcessVariable;

/** The contract of processes/new-media-closure.bpmn: its key, element ids, messages, errors and variables. */
public final class ClosureProcess {

	public static final String KEY = "new-media-closure";

	public static final String TASK_RECORD_CLOSURE = "Task_RecordClosure";

	public static final String TASK_CONSOLIDATE = "Task_Consolidate";

	public static final String TASK_UNIT_DECISION = "Task_UnitDecision";

	public static final String TASK_CITY_FILING = "Task_CityGovFiling";

	public static final String TASK_REVISE = "Task_ReviseClosure";

	public static final String TASK_PUBLISH_NOTICE = "Task_PublishNotice";

	public static final String TIMER_NOTICE_ENDED = "TimerEvent_NoticeEnded";

	public static final String TASK_CLOSE_ON_PLATFORM = "Task_CloseOnPlatform";

	public static final String TASK_DEREGISTER_CERTIFICATION = "Task_DeregisterCertification";

	public static final String TASK_UPDATE_FILINGS = "Task_UpdateFilings";

	public static final String END_CLOSED = "EndEvent_AccountClosed";

	public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

	public static final String END_REJECTED = "EndEvent_Rejected";

	/** Correlated by POST /api/procedures/{businessKey}/withdrawal until the notice ends. */
	public static final String MESSAGE_WITHDRAWN = "ClosureWithdrawn";

	public static final String ERROR_WITHDRAWN = "CLOSURE_WITHDRAWN";

	public static final String ERROR_REJECTED = "CLOSURE_REJECTED";

	public static final ProcessVariable<Long> ACCOUNT_ID = ProcessVariable.id("accountId", "账号编号");

	public static final ProcessVariable<String> KIND = ProcessVariable.text("kind", "关停或注销");

	public static final ProcessVariable<String> REASON = ProcessVariable.text("reason", "原因");

	public static final ProcessVariable<String> DESCRIPTION = ProcessVariable.text("description", "情况说明");

	/** Set by Task_RecordClosure: whether the reason asks to consolidate first. */
	public static final ProcessVariable<Boolean> CONSOLIDATE_FIRST = ProcessVariable.flag("consolidateFirst", "先整合后关停");

	public static final ProcessVariable<Boolean> ORDERED = ProcessVariable.flag("ordered", "局办公室责令");

	public static final ProcessVariable<String> RETAINED_ACCOUNT = ProcessVariable.text("retainedAccount", "保留的账号");

	public static final ProcessVariable<String> CONSOLIDATION_DONE = ProcessVariable.text("consolidationDone", "整合情况");

	public static final ProcessVariable<String> DECISION_BASIS = ProcessVariable.text("decisionBasis", "决定依据");

	public static final ProcessVariable<String> DECISION_REFERENCE = ProcessVariable.text("decisionReference", "会议纪要编号或签批文件");

	/** When the notice's timer fires: 00:00 Asia/Shanghai after the last working day. */
	public static final ProcessVariable<Date> NOTICE_CONTINUES_AT = ProcessVariable.time("noticeContinuesAt", "公告期满后继续办理的时间");

	/** {@code resubmit} or {@code withdraw}, from the revision task. */
	public static final ProcessVariable<String> CLOSURE_ACTION = ProcessVariable.text("closureAction", "补正后的处理方式");

	public static final ProcessVariable<LocalDate> PLATFORM_CLOSED_ON = ProcessVariable.day("platformClosedOn", "平台关停日期");

	public static final ProcessVariable<LocalDate> CERTIFICATION_DEREGISTERED_ON = ProcessVariable.day("certificationDeregisteredOn", "认证注销日期");

	public static final ProcessVariable<String> FILING_UPDATE_NOTE = ProcessVariable.text("filingUpdateNote", "备案系统更新情况");

	/** After recording: on to the unit's decision (through consolidation if needed), or back to the city office. */
	public static final String GATEWAY_RESUME = "Gateway_ResumeAfterRevision";

	/**
	 * What the unit's decision (Art. 18: collective decision or the main leader's consent) covers, so what a revision
	 * may not change without a new decision: whether the account is shut down or deregistered, and why (the reason also
	 * decides whether it is consolidated first, Art. 19). The description only explains the case: a clearer one goes
	 * straight back to the city office that asked for it.
	 */
	public static final DecisionSubject UNIT_DECISION_SUBJECT = DecisionSubject
		.of("kind", "关停或注销", "reason", "关停/注销原因")
		.requireFieldsOf(Arrays.stream(ClosureRequest.class.getRecordComponents())
			.map(RecordComponent::getName)
			.collect(Collectors.toSet()));

	private ClosureProcess() {
	}

}

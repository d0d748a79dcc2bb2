package cn.gov.cjqx.approval.closure;

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

	public static final String INITIATOR = "initiator";

	public static final String ACCOUNT_ID = "accountId";

	public static final String KIND = "kind";

	public static final String REASON = "reason";

	public static final String DESCRIPTION = "description";

	/** Set by Task_RecordClosure: whether the reason asks to consolidate first. */
	public static final String CONSOLIDATE_FIRST = "consolidateFirst";

	public static final String ORDERED = "ordered";

	public static final String RETAINED_ACCOUNT = "retainedAccount";

	public static final String CONSOLIDATION_DONE = "consolidationDone";

	public static final String DECISION_BASIS = "decisionBasis";

	public static final String DECISION_REFERENCE = "decisionReference";

	/** When the notice's timer fires: 00:00 Asia/Shanghai after the last working day. */
	public static final String NOTICE_CONTINUES_AT = "noticeContinuesAt";

	/** {@code resubmit} or {@code withdraw}, from the revision task. */
	public static final String CLOSURE_ACTION = "closureAction";

	public static final String PLATFORM_CLOSED_ON = "platformClosedOn";

	public static final String CERTIFICATION_DEREGISTERED_ON = "certificationDeregisteredOn";

	public static final String FILING_UPDATE_NOTE = "filingUpdateNote";

	private ClosureProcess() {
	}

}

package cn.gov.cjqx.approval.takedown;

import java.util.Date;

import cn.gov.cjqx.approval.procedure.ProcessVariable;

/** The contract of processes/website-takedown.bpmn: its key, element ids and variable names. */
public final class TakedownProcess {

	public static final String KEY = "website-takedown";

	public static final String TASK_RECORD = "Task_RecordTakedown";

	public static final String TASK_BUREAU_REVIEW = "Task_BureauReview";

	public static final String TASK_CITY_APPROVAL = "Task_CityGovApproval";

	public static final String TASK_REVISE = "Task_ReviseTakedown";

	public static final String TIMER_PLANNED_START = "TimerEvent_PlannedStart";

	public static final String TASK_CONFIRM_RESTORED = "Task_ConfirmRestored";

	public static final String TIMER_PLANNED_END = "BoundaryEvent_PlannedEnd";

	public static final String TIMER_DAY_30 = "BoundaryEvent_Day30";

	public static final String TASK_CITY_ESCALATION = "Task_CityEscalation";

	public static final String END_RESTORED = "EndEvent_Restored";

	public static final String END_REJECTED = "EndEvent_Rejected";

	public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

	public static final ProcessVariable<Long> WEBSITE_ID = ProcessVariable.id("websiteId", "网站编号");

	/** 00:00 Asia/Shanghai of the planned first offline day, and of the planned first day back online. */
	public static final ProcessVariable<Date> PLANNED_START_AT = ProcessVariable.time("plannedStartAt", "计划下线时间");

	public static final ProcessVariable<Date> PLANNED_END_AT = ProcessVariable.time("plannedEndAt", "计划恢复时间");

	public static final ProcessVariable<String> CORRECTION_ACTION = ProcessVariable.text("correctionAction", "补正后的处理方式");

	private TakedownProcess() {
	}

}

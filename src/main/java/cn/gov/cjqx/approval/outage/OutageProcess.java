package cn.gov.cjqx.approval.outage;

import cn.gov.cjqx.approval.procedure.ProcessVariable;

/** The contract of processes/website-outage-report.bpmn. */
public final class OutageProcess {

	public static final String KEY = "website-outage-report";

	public static final String TASK_CITY_ACKNOWLEDGE = "Task_CityGovAcknowledge";

	public static final String TASK_CONFIRM_RESTORED = "Task_ConfirmRestored";

	public static final String END_RESTORED = "EndEvent_Restored";

	public static final ProcessVariable<Long> WEBSITE_ID = ProcessVariable.id("websiteId", "网站编号");

	private OutageProcess() {
	}

}

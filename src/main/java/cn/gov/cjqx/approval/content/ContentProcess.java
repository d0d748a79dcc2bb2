package cn.gov.cjqx.approval.content;

import java.util.Date;

import cn.gov.cjqx.approval.procedure.ProcessVariable;

/** The contract of processes/content-review.bpmn: its key, element ids and variables. */
public final class ContentProcess {

	public static final String KEY = "content-review";

	public static final String TASK_RECORD = "Task_RecordItem";

	public static final String TASK_CORRECT = "Task_CorrectItem";

	public static final String TASK_DEPUTY_REVIEW = "Task_DeputyReview";

	public static final String TASK_MAIN_LEADER_REVIEW = "Task_MainLeaderReview";

	public static final String TASK_RECORD_PUBLICATION = "Task_RecordPublication";

	public static final String TIMER_PUBLICATION_REMINDER = "BoundaryEvent_PublicationReminder";

	public static final String END_PUBLISHED = "EndEvent_Published";

	public static final String END_REJECTED = "EndEvent_Rejected";

	public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

	/** Set by Task_RecordItem: the rules found something the editor must correct first (ART21, ART26). */
	public static final ProcessVariable<Boolean> NEEDS_CORRECTION = ProcessVariable.flag("needsCorrection", "需要修改");

	/** Set by Task_RecordItem: important content or a source off the list, so the main leader decides too. */
	public static final ProcessVariable<Boolean> NEEDS_MAIN_LEADER = ProcessVariable.flag("needsMainLeader", "需主要负责同志审核");

	/** When the approved item, still unpublished, reminds the editor (working days after the approval). */
	public static final ProcessVariable<Date> PUBLISH_REMIND_AT = ProcessVariable.time("publishRemindAt", "发布提醒时间");

	/** Task_CorrectItem's choice field (resubmit or withdraw). */
	public static final ProcessVariable<String> CORRECTION_ACTION = ProcessVariable.text("correctionAction", "修改后的处理方式");

	/** Task_RecordPublication's field: where the item was published. */
	public static final ProcessVariable<String> PUBLISHED_URL = ProcessVariable.text("publishedUrl", "发布链接");

	private ContentProcess() {
	}

}

package cn.gov.cjqx.approval.notification;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;

import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.procedure.Procedure;

/** The words and links of the notifications about a procedure's step. */
final class Texts {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private Texts() {
	}

	/** 政务新媒体开设备案「澄江气象」（XMT-KS-2026-0001） */
	static String procedure(Procedure procedure) {
		return procedure.getKind().label() + "「" + procedure.getSubject() + "」（" + procedure.getBusinessKey() + "）";
	}

	static String title(NotificationKind kind, Procedure procedure, String taskName) {
		return "【" + kind.label() + "】" + procedure.getKind().label() + "「" + procedure.getSubject() + "」"
				+ (taskName == null ? "" : "：" + taskName);
	}

	static String due(Date dueDate) {
		return dueDate == null ? "" : DAY.format(dueDate.toInstant().atZone(WorkingDayCalendar.ZONE));
	}

	/** Where the holders work on the step: a unit's applicants in the portal, everyone else in Tasklist. */
	static String taskLink(Procedure procedure, String taskId, Collection<? extends IdentityLink> links) {
		boolean applicants = links.stream()
			.anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
					&& link.getGroupId().startsWith(Groups.APPLICANTS + "-"));
		return applicants ? procedureLink(procedure) : tasklistLink(taskId);
	}

	/** The step in Tasklist. */
	static String tasklistLink(String taskId) {
		return "/camunda/app/tasklist/default/#/?task=" + taskId;
	}

	static String procedureLink(Procedure procedure) {
		return "/portal/procedures/" + procedure.getBusinessKey();
	}

}

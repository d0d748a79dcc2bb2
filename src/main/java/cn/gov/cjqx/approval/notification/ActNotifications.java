package cn.gov.cjqx.approval.notification;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.notification.Notifications.Notice;
import cn.gov.cjqx.approval.procedure.HandedOver;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcessProcedures;
import cn.gov.cjqx.approval.procedure.Urged;

/**
 * What people do to a procedure, told at once to whom it concerns: a 催办 to the holders of the urged step, a
 * 转办/委派 to the step's new holder, a 抄送 to its reader (a person, or the members of a group). Written in the
 * transaction of the act (the events are published inside it).
 */
@Component
class ActNotifications {

	private final TaskService tasks;

	private final ProcessProcedures procedures;

	private final TaskHolders holders;

	private final Notifications notifications;

	ActNotifications(TaskService tasks, ProcessProcedures procedures, TaskHolders holders, Notifications notifications) {
		this.tasks = tasks;
		this.procedures = procedures;
		this.holders = holders;
		this.notifications = notifications;
	}

	@EventListener
	void urged(Urged urged) {
		Task task = holders.withoutAuthorization(() -> tasks.createTaskQuery().taskId(urged.taskId()).singleResult());
		Procedure procedure = procedures.find(urged.processInstanceId()).orElse(null);
		if (task == null || procedure == null) {
			return;
		}
		List<IdentityLink> links = holders.withoutAuthorization(() -> tasks.getIdentityLinksForTask(task.getId()));
		notifications.write(holders.of(task.getAssignee(), links),
				new Notice(NotificationKind.URGED, procedure.getBusinessKey(), task.getId(),
						Texts.title(NotificationKind.URGED, procedure, task.getName()),
						urged.urgedByName() + "于" + Texts.DAY.format(urged.urgedOn()) + "催办：" + procedure.getUnit().getFullName()
								+ "的" + Texts.procedure(procedure) + "的“" + task.getName() + "”环节已超过办理期限（"
								+ Texts.due(task.getDueDate()) + "），请尽快办理。",
						Texts.taskLink(procedure, task.getId(), links), "URGED:" + task.getId() + ":" + urged.urgedOn()));
	}

	/** 转办/委派: the step's new holder; 抄送: the person, or the members of the group, it was copied to. */
	@EventListener
	void handedOver(HandedOver handover) {
		Procedure procedure = procedures.find(handover.processInstanceId()).orElse(null);
		if (procedure == null) {
			return;
		}
		NotificationKind kind = NotificationKind.valueOf(handover.kind().name());
		String stamp = handover.kind() + ":" + Notifications.now().toEpochMilli();
		if (handover.taskId() != null) {
			notifications.write(Set.of(handover.targetUser()), new Notice(kind, procedure.getBusinessKey(),
					handover.taskId(), Texts.title(kind, procedure, handover.taskName()),
					handover.actorName() + "把" + procedure.getUnit().getFullName() + "的" + Texts.procedure(procedure)
							+ "的“" + handover.taskName() + "”环节" + kind.label() + "给您办理。",
					Texts.tasklistLink(handover.taskId()), stamp + ":" + handover.taskId()));
			return;
		}
		Set<String> readers = handover.targetUser() != null ? Set.of(handover.targetUser())
				: holders.membersOf(handover.targetGroup());
		notifications.write(readers, new Notice(kind, procedure.getBusinessKey(), null, Texts.title(kind, procedure, null),
				handover.actorName() + "把" + procedure.getUnit().getFullName() + "的" + Texts.procedure(procedure)
						+ "抄送给您查看" + (handover.note() == null ? "。" : "：" + handover.note()),
				Texts.procedureLink(procedure), stamp + ":" + procedure.getBusinessKey()));
	}

}

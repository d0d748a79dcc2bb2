package cn.gov.cjqx.approval.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.notification.Notifications.Notice;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcessProcedures;

/**
 * Reminders about the open steps of procedures, counted in working days: on a working day, the holders of a step due
 * on the next working day are told once (明日到期); the holders of an overdue step are told every working day (已逾期);
 * once a step is overdue for more than {@value #ESCALATE_AFTER_WORKING_DAYS} working days the bureau office is told
 * (逾期督办). Every node runs the sweep ({@code app.notifications.reminders.every}); the dedupe keys make each message
 * happen once. (A 催办, a 转办/委派 and a 抄送 are told at once: {@link ActNotifications}.)
 */
@Component
class Reminders {

	static final int ESCALATE_AFTER_WORKING_DAYS = 3;

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final TaskService tasks;

	private final ProcessProcedures procedures;

	private final TaskHolders holders;

	private final Notifications notifications;

	private final WorkingDayCalendar calendar;

	private final TransactionTemplate readOnly;

	Reminders(TaskService tasks, ProcessProcedures procedures, TaskHolders holders, Notifications notifications,
			WorkingDayCalendar calendar, PlatformTransactionManager transactions) {
		this.tasks = tasks;
		this.procedures = procedures;
		this.holders = holders;
		this.notifications = notifications;
		this.calendar = calendar;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Scheduled(initialDelayString = "${app.notifications.reminders.first:PT1M}",
			fixedDelayString = "${app.notifications.reminders.every:PT15M}")
	void scheduled() {
		try {
			int written = remind();
			if (written > 0) {
				log.info("Reminders: {} messages written", written);
			}
		}
		catch (RuntimeException e) {
			log.warn("Reminders could not run this time (will try again): {}", e.getMessage());
		}
	}

	/** One sweep; returns how many messages it wrote (each in a transaction of its own). */
	int remind() {
		Integer written = readOnly.execute(status -> sweep());
		return written == null ? 0 : written;
	}

	private int sweep() {
		Instant now = Notifications.now();
		LocalDate today = now.atZone(WorkingDayCalendar.ZONE).toLocalDate();
		if (!calendar.isWorkingDay(today)) {
			return 0;
		}
		LocalDate nextWorkingDay = calendar.periodEnd(today, 1).lastDay();
		Date horizon = Date.from(nextWorkingDay.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant());
		Map<String, Set<String>> members = new HashMap<>();
		int written = 0;
		for (Task task : tasks.createTaskQuery().dueBefore(horizon).list()) {
			Procedure procedure = procedures.find(task.getProcessInstanceId()).orElse(null);
			if (procedure == null) {
				continue;
			}
			List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
			Set<String> people = holders.of(task.getAssignee(), links, members);
			LocalDate dueDay = task.getDueDate().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
			String link = Texts.taskLink(procedure, task.getId(), links);
			if (dueDay.equals(nextWorkingDay)) {
				written += notifications.writeOnce(people, notice(NotificationKind.DUE_TOMORROW, procedure, task,
						"的“" + task.getName() + "”环节将于 " + Texts.due(task.getDueDate()) + " 到期，请及时办理。", link,
						"DUE:" + task.getId()));
			}
			else if (task.getDueDate().toInstant().isBefore(now)) {
				written += notifications.writeOnce(people, notice(NotificationKind.OVERDUE, procedure, task,
						"的“" + task.getName() + "”环节已超过办理期限（" + Texts.due(task.getDueDate()) + "），请尽快办理。",
						link, "OVERDUE:" + task.getId() + ":" + today));
				LocalDate escalation = calendar.periodEnd(dueDay, ESCALATE_AFTER_WORKING_DAYS).lastDay();
				if (today.isAfter(escalation)) {
					written += notifications.writeOnce(members.computeIfAbsent(Groups.BUREAU_OFFICE, holders::membersOf),
							notice(NotificationKind.OVERDUE_ESCALATED, procedure, task,
									"的“" + task.getName() + "”环节已逾期超过 " + ESCALATE_AFTER_WORKING_DAYS
											+ " 个工作日（期限 " + Texts.due(task.getDueDate()) + "），请督促办理。",
									Texts.tasklistLink(task.getId()), "ESCALATED:" + task.getId()));
				}
			}
		}
		return written;
	}

	private static Notice notice(NotificationKind kind, Procedure procedure, Task task, String rest, String link,
			String dedupeKey) {
		return new Notice(kind, procedure.getBusinessKey(), task.getId(), Texts.title(kind, procedure, task.getName()),
				procedure.getUnit().getFullName() + "的" + Texts.procedure(procedure) + rest, link, dedupeKey);
	}

}

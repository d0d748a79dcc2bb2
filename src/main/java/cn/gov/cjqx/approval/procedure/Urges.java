package cn.gov.cjqx.approval.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.system.ApiException;

/**
 * 催办: the people of a unit urge the holders of the overdue steps of their running procedure, at most once a working
 * day per step. The urge is recorded (the procedure's timeline shows it) and reaches the holders where they work: a
 * comment 【催办】 on the task, in Tasklist's history of the task, and (through {@link Urged}) a message and a mail.
 */
@Component
public class Urges {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final UrgeRepository urges;

	private final TaskService tasks;

	private final WorkingDayCalendar calendar;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	Urges(UrgeRepository urges, TaskService tasks, WorkingDayCalendar calendar, TransactionTemplate transaction,
			ApplicationEventPublisher events) {
		this.urges = urges;
		this.tasks = tasks;
		this.calendar = calendar;
		this.transaction = transaction;
		this.events = events;
	}

	/** The steps of the procedure this user may urge now: overdue, held by others, not urged today. */
	public List<Task> urgeable(AppUser user, Procedure procedure) {
		if (procedure.getStatus() != ProcedureStatus.RUNNING || procedure.getProcessInstanceId() == null) {
			return List.of();
		}
		return urgeable(user, tasks.createTaskQuery().processInstanceId(procedure.getProcessInstanceId()).list());
	}

	/** The same, among the procedure's open tasks as the caller read them already. */
	public List<Task> urgeable(AppUser user, List<Task> open) {
		if (!calendar.isWorkingDay(today())) {
			return List.of();
		}
		Instant now = ClockUtil.getCurrentTime().toInstant();
		return open.stream()
			.filter(task -> task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now))
			.filter(task -> !heldBy(user, task))
			.filter(task -> !urges.existsByTaskIdAndUrgedOn(task.getId(), today()))
			.toList();
	}

	/** Urges every step {@link #urgeable} names; refuses with the reason when there is none. */
	public List<Urge> urge(AppUser user, Procedure procedure, String urgedByName) {
		if (!calendar.isWorkingDay(today())) {
			throw ApiException.conflict("NOT_A_WORKING_DAY", "今天不是工作日，请在工作日催办");
		}
		List<Task> overdue = urgeable(user, procedure);
		if (overdue.isEmpty()) {
			throw ApiException.conflict("NOT_URGEABLE", "没有可以催办的环节：环节逾期后才能催办，每个环节每个工作日最多催办一次");
		}
		try {
			return transaction.execute(status -> overdue.stream().map(task -> urge(user, procedure, task, urgedByName)).toList());
		}
		catch (DataIntegrityViolationException e) {
			throw ApiException.conflict("NOT_URGEABLE", "今天已经催办过这个环节，每个工作日最多催办一次");
		}
	}

	private Urge urge(AppUser user, Procedure procedure, Task task, String urgedByName) {
		Urge urge = urges.saveAndFlush(new Urge(procedure.getBusinessKey(), task.getId(), task.getName(), user.id(),
				today(), ClockUtil.getCurrentTime().toInstant()));
		// the server's own comment (the clerk may not work on the office's task); the text names who urged
		tasks.createComment(task.getId(), task.getProcessInstanceId(), "【催办】" + urgedByName + "于"
				+ DAY.format(today()) + "催办：此环节已超过办理期限，请尽快办理。");
		events.publishEvent(new Urged(task.getProcessInstanceId(), task.getId(), urgedByName, today()));
		return urge;
	}

	private boolean heldBy(AppUser user, Task task) {
		if (task.getAssignee() != null) {
			return task.getAssignee().equals(user.id());
		}
		return tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
					&& user.groups().contains(link.getGroupId()));
	}

	private static LocalDate today() {
		return ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
	}

}

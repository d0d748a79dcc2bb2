package cn.gov.cjqx.approval.procedure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.PersonNames;
import cn.gov.cjqx.approval.system.ApiException;
import cn.gov.cjqx.approval.system.PlainText;

/**
 * 转办, 委派 and 抄送 by name. A step's holder hands it to a colleague chosen from the people who may work on it
 * ({@link #colleagues}); the engine's assignment listener ({@link TaskAssignments}) checks the colleague again, records
 * the act and tells them, whichever door it came through. A procedure is copied (抄送) to a person or a group for
 * information: they may open its page, not act on it.
 */
@Component
public class Handovers {

	/** A colleague to hand a step to, by name. */
	public record Colleague(String userId, String name) {
	}

	static final int NOTE_MAX_LENGTH = 500;

	private final TaskService tasks;

	private final IdentityService identity;

	private final ProcessEngine engine;

	private final PersonNames names;

	private final ProcedureEventRepository events;

	private final ApplicationEventPublisher publisher;

	Handovers(TaskService tasks, IdentityService identity, ProcessEngine engine, PersonNames names,
			ProcedureEventRepository events, ApplicationEventPublisher publisher) {
		this.tasks = tasks;
		this.identity = identity;
		this.engine = engine;
		this.names = names;
		this.events = events;
		this.publisher = publisher;
	}

	/** The people who may work on the step, other than its holder; only its holder asks. */
	public List<Colleague> colleagues(AppUser user, String taskId) {
		Task task = heldBy(user, taskId);
		Set<String> ids = new LinkedHashSet<>();
		for (IdentityLink link : links(task)) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (link.getUserId() != null) {
				ids.add(link.getUserId());
			}
			if (link.getGroupId() != null) {
				withoutAuthorization(() -> identity.createUserQuery().memberOfGroup(link.getGroupId()).list())
					.stream()
					.map(User::getId)
					.forEach(ids::add);
			}
		}
		ids.remove(user.id());
		return ids.stream().map(id -> new Colleague(id, names.of(id))).toList();
	}

	/** 转办 (the colleague holds the step from now on) or 委派 (they work on it and hand it back). */
	public void handOver(AppUser user, String taskId, String to, boolean delegate) {
		Task task = heldBy(user, taskId);
		if (colleagues(user, taskId).stream().noneMatch(colleague -> colleague.userId().equals(to))) {
			throw ApiException.badRequest(TaskAssignments.NOT_ALLOWED, "to", "只能转办或委派给本环节有办理权限的同事");
		}
		identity.setAuthentication(user.id(), List.copyOf(user.groups()));
		try {
			// the holder may hand the step over; Camunda would ask for the administrators' TASK_ASSIGN
			withoutAuthorization(() -> {
				if (delegate) {
					tasks.delegateTask(task.getId(), to);
				}
				else {
					tasks.setAssignee(task.getId(), to);
				}
				return null;
			});
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** 抄送 to one person or one group; the caller may see the procedure (checked by the door). */
	@Transactional
	public ProcedureEvent copy(AppUser user, Procedure procedure, String userId, String groupId, String note) {
		if ((userId == null) == (groupId == null)) {
			throw ApiException.badRequest("COPY_TARGET", "userId", "请选择抄送给一个人或一个组");
		}
		if (note != null && (note.length() > NOTE_MAX_LENGTH || !PlainText.Validator.isPlain(note))) {
			throw ApiException.badRequest("COPY_NOTE", "note", "附言不能超过 " + NOTE_MAX_LENGTH + " 个字，且不能包含标记字符");
		}
		boolean exists = userId != null
				? withoutAuthorization(() -> identity.createUserQuery().userId(userId).count()) > 0
				: withoutAuthorization(() -> identity.createGroupQuery().groupId(groupId).count()) > 0;
		if (!exists) {
			throw ApiException.badRequest("COPY_TARGET", userId != null ? "userId" : "groupId", "没有这个人员或组");
		}
		ProcedureEvent copied = events.save(new ProcedureEvent(procedure.getBusinessKey(), ProcedureEvent.Kind.COPIED,
				null, null, user.id(), userId, groupId, note == null || note.isBlank() ? null : note.strip(),
				ClockUtil.getCurrentTime().toInstant()));
		publisher.publishEvent(new HandedOver(procedure.getProcessInstanceId(), ProcedureEvent.Kind.COPIED, null, null,
				names.of(user.id()), userId, groupId, copied.getNote()));
		return copied;
	}

	/** The handovers and copies of a procedure, oldest first (its timeline). */
	public List<ProcedureEvent> events(String businessKey) {
		return events.findByBusinessKeyOrderByHappenedAtAscIdAsc(businessKey);
	}

	/** Whether the person may read the procedure: one of its unit's or a supervisor, its applicant, or a copy. */
	public boolean mayRead(AppUser user, Procedure procedure) {
		String unitCode = procedure.getUnit() == null ? null : procedure.getUnit().getCode();
		return user.canSeeUnit(unitCode) || user.id().equals(procedure.getApplicantId())
				|| isCopiedTo(user, procedure.getBusinessKey());
	}

	/** Whether the procedure was copied to this person or to one of their groups. */
	public boolean isCopiedTo(AppUser user, String businessKey) {
		return events.existsByBusinessKeyAndKindAndTargetUser(businessKey, ProcedureEvent.Kind.COPIED, user.id())
				|| !user.groups().isEmpty() && events.existsByBusinessKeyAndKindAndTargetGroupIn(businessKey,
						ProcedureEvent.Kind.COPIED, user.groups());
	}

	private Task heldBy(AppUser user, String taskId) {
		Task task = withoutAuthorization(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
		if (task == null) {
			throw ApiException.notFound("未找到此任务：可能已被办理完成");
		}
		boolean holder = task.getAssignee() != null ? task.getAssignee().equals(user.id())
				: links(task).stream()
					.anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
							&& (user.id().equals(link.getUserId())
									|| link.getGroupId() != null && user.groups().contains(link.getGroupId())));
		if (!holder) {
			throw ApiException.forbidden("NOT_THE_HOLDER", "只有此环节的办理人可以转办或委派");
		}
		return task;
	}

	private List<IdentityLink> links(Task task) {
		return withoutAuthorization(() -> tasks.getIdentityLinksForTask(task.getId()));
	}

	private <T> T withoutAuthorization(Supplier<T> call) {
		return EngineCalls.withoutAuthorization(engine, call::get);
	}

}

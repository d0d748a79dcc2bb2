package cn.gov.cjqx.approval.procedure;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.identity.PersonNames;

/**
 * 转办 and 委派, through whichever door (Tasklist's own dialogs, /engine-rest, our API): a step may be handed only to a
 * colleague who may work on it — a member of one of its candidate groups, or one of its candidate users — otherwise
 * the engine refuses with TASK_HANDOVER_NOT_ALLOWED and nothing changes. Each handover is recorded for the timeline
 * and its new holder is told ({@link HandedOver}). Claiming a step oneself and handing a delegated step back are not
 * handovers. Added to every user task by a parse listener.
 */
@Component
class TaskAssignments extends AbstractProcessEnginePlugin implements TaskListener {

	static final String NOT_ALLOWED = "TASK_HANDOVER_NOT_ALLOWED";

	private final ObjectProvider<ProcessProcedures> procedures;

	private final ObjectProvider<ProcedureEventRepository> events;

	private final ObjectProvider<ApplicationEventPublisher> publisher;

	private final ObjectProvider<PersonNames> names;

	TaskAssignments(ObjectProvider<ProcessProcedures> procedures, ObjectProvider<ProcedureEventRepository> events,
			ObjectProvider<ApplicationEventPublisher> publisher, ObjectProvider<PersonNames> names) {
		this.procedures = procedures;
		this.events = events;
		this.publisher = publisher;
		this.names = names;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EngineCalls.onEveryUserTask(configuration, TaskListener.EVENTNAME_ASSIGNMENT, this);
	}

	@Override
	public void notify(DelegateTask task) {
		String assignee = task.getAssignee();
		String actor = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
		if (assignee == null || actor == null || actor.equals(assignee)
				|| delegation(task) == DelegationState.RESOLVED) {
			return;
		}
		Set<String> groups = task.getCandidates()
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.collect(Collectors.toSet());
		Set<String> users = task.getCandidates()
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
			.map(IdentityLink::getUserId)
			.collect(Collectors.toSet());
		if (!users.contains(assignee) && !memberOfAny(task, assignee, groups)) {
			throw Refusals.refused(NOT_ALLOWED, "只能转办或委派给本环节有办理权限的同事（"
					+ groups.stream().map(Groups::label).sorted().collect(Collectors.joining("、")) + "的人员）");
		}
		procedures.getObject().find(task.getProcessInstanceId()).ifPresent(procedure -> {
			ProcedureEvent.Kind kind = delegation(task) == DelegationState.PENDING ? ProcedureEvent.Kind.DELEGATED
					: ProcedureEvent.Kind.TRANSFERRED;
			events.getObject()
				.save(new ProcedureEvent(procedure.getBusinessKey(), kind, task.getId(), task.getName(), actor, assignee,
						null, null, ClockUtil.getCurrentTime().toInstant()));
			publisher.getObject()
				.publishEvent(new HandedOver(task.getProcessInstanceId(), kind, task.getId(), task.getName(),
						names.getObject().of(actor), assignee, null, null));
		});
	}

	private static DelegationState delegation(DelegateTask task) {
		return ((TaskEntity) task).getDelegationState();
	}

	private static boolean memberOfAny(DelegateTask task, String userId, Set<String> groups) {
		if (groups.isEmpty()) {
			return false;
		}
		return Context.getCommandContext()
			.runWithoutAuthorization(() -> task.getProcessEngineServices()
				.getIdentityService()
				.createGroupQuery()
				.groupMember(userId)
				.groupIdIn(groups.toArray(String[]::new))
				.count() > 0);
	}

}

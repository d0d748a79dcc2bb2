package cn.gov.cjqx.approval.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.procedure.EngineCalls;
import cn.gov.cjqx.approval.procedure.ProcessProcedures;

/**
 * Lets the people of a unit follow their unit's procedures in Tasklist: every task of a procedure, whoever works on
 * it, is readable (not workable) by the unit's applicants and leaders, and so are the procedure's variables. Added to
 * every user task by a parse listener; Camunda removes these grants with the task and the process instance.
 */
@Component
class UnitVisibility extends AbstractProcessEnginePlugin implements TaskListener {

	private final ObjectProvider<ProcessProcedures> procedures;

	UnitVisibility(ObjectProvider<ProcessProcedures> procedures) {
		this.procedures = procedures;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EngineCalls.onEveryUserTask(configuration, TaskListener.EVENTNAME_CREATE, this);
	}

	@Override
	public void notify(DelegateTask task) {
		procedures.getObject().find(task.getProcessInstanceId()).ifPresent(procedure -> {
			AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
			Context.getCommandContext().runWithoutAuthorization(() -> {
				for (String role : new String[] { Groups.APPLICANTS, Groups.UNIT_LEADERS }) {
					String group = Groups.ofUnit(role, procedure.getUnit().getCode());
					if (!isCandidate(task, group)) {
						// a candidate group already has the engine's own grant on the task
						grant(authorizations, group, Resources.TASK, task.getId(), Permissions.READ);
					}
					grant(authorizations, group, Resources.PROCESS_INSTANCE, task.getProcessInstanceId(),
							Permissions.READ);
				}
				return null;
			});
		});
	}

	private static boolean isCandidate(DelegateTask task, String group) {
		return task.getCandidates().stream().anyMatch(link -> group.equals(link.getGroupId()));
	}

	/**
	 * Grants unless granted already, earlier in this command (not flushed yet) or in the database. A task is created in
	 * this very command, so no grant on it can be in the database yet.
	 */
	private static void grant(AuthorizationService authorizations, String group, Resource resource, String resourceId,
			Permission permission) {
		boolean pending = Context.getCommandContext()
			.getDbEntityManager()
			.getCachedEntitiesByType(AuthorizationEntity.class)
			.stream()
			.anyMatch(a -> group.equals(a.getGroupId()) && resource.resourceType() == a.getResourceType()
					&& resourceId.equals(a.getResourceId()));
		if (pending || resource != Resources.TASK && authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0) {
			return;
		}
		Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.addPermission(permission);
		authorizations.saveAuthorization(authorization);
	}

}

package cn.gov.cjqx.approval.identity;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default grants, except that a task's grant for an approver group (bureau-office, city-gov-office)
 * carries the work permission without READ: the approvers read every task through READ_TASK on all process
 * definitions ({@link RoleSetup}).
 * <p>
 * Why: Camunda's task query joins the caller's READ grants on {@code RESOURCE_ID_ IN (task id, process key, '*')}, which
 * no index serves. With one READ row per open task of the group, a page of 本组待办 compared every open task with every
 * such row (10,000 tasks: 10<sup>8</sup> comparisons, 4.7 s). Rows without READ are filtered out of that join before it
 * runs, so the list grows with the open tasks, not with their square. Who may claim and complete a task is unchanged:
 * only its candidate groups hold the per-task work permission. Historic task permissions are not enabled here and are
 * not handled.
 */
class ApproverTaskGrants extends DefaultAuthorizationProvider {

	@Override
	protected AuthorizationEntity[] createOrUpdateAuthorizationsByGroupId(Task task, String groupId) {
		if (!Groups.APPROVERS.contains(groupId)) {
			return super.createOrUpdateAuthorizationsByGroupId(task, groupId);
		}
		return new AuthorizationEntity[] {
				createOrUpdateAuthorization(task, null, groupId, Resources.TASK, false, getDefaultUserPermissionForTask()) };
	}

}

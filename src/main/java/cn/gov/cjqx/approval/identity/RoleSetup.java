package cn.gov.cjqx.approval.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups (README, Users, groups and units) and their Camunda authorizations in every installation (demo or not): Tasklist
 * access for all roles, reading process definitions, and starting procedures for applicants and the bureau office;
 * the approvers read all procedures and their tasks. Working on a task comes from the engine's per-task grants for
 * candidate groups ({@link ApproverTaskGrants}). Idempotent.
 */
@Component
class RoleSetup extends AbstractProcessEnginePlugin {

	static final String GROUP_TYPE_ROLE = "role";

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		IdentityService identity = engine.getIdentityService();
		AuthorizationService authorizations = engine.getAuthorizationService();
		for (String role : Groups.ROLES) {
			if (identity.createGroupQuery().groupId(role).count() == 0) {
				Group group = identity.newGroup(role);
				group.setName(Groups.label(role));
				group.setType(GROUP_TYPE_ROLE);
				identity.saveGroup(group);
			}
			grant(authorizations, role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(authorizations, role, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
		}
		// approvers act for all units: they may read every procedure, its variables (Tasklist shows them in the lists)
		// and its tasks; which tasks they may work on stays per task (ApproverTaskGrants)
		for (String approver : Groups.APPROVERS) {
			grant(authorizations, approver, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_INSTANCE);
			grant(authorizations, approver, Resources.PROCESS_DEFINITION, ANY,
					ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE);
			grant(authorizations, approver, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_TASK);
		}
		for (String starter : new String[] { Groups.APPLICANTS, Groups.BUREAU_OFFICE }) {
			grant(authorizations, starter, Resources.PROCESS_DEFINITION, ANY, Permissions.CREATE_INSTANCE);
			grant(authorizations, starter, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
		}
	}

	static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
			Permission permission) {
		Authorization existing = authorizations.createAuthorizationQuery()
			.authorizationType(AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		Authorization authorization = existing != null ? existing
				: authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
		if (existing != null && existing.isPermissionGranted(permission)) {
			return;
		}
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.addPermission(permission);
		authorizations.saveAuthorization(authorization);
	}

}

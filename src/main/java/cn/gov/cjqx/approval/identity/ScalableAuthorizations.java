package cn.gov.cjqx.approval.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's authorization checks from growing with the size of the registry (measured in bench/README.md):
 * <ul>
 * <li>task grants of the approver groups without READ ({@link ApproverTaskGrants}), so their task lists grow linearly
 * with the open tasks; grants written before that change lose their READ at start-up;</li>
 * <li>the caller's groups used as they are: Camunda's {@code AuthorizationManager} first reads every distinct group id
 * of {@code ACT_RU_AUTHORIZATION} in each command, only to drop the caller's groups that hold no grant
 * (camunda/camunda-bpm-platform#5485). With two groups per unit that read grows with the units (15,000 units: every
 * request 3–4× slower); the caller's few groups can go into the query directly.</li>
 * </ul>
 */
@Component
class ScalableAuthorizations extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new ApproverTaskGrants());
		List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomSessionFactories());
		factories.add(new SessionFactory() {
			@Override
			public Class<?> getSessionType() {
				return AuthorizationManager.class;
			}

			@Override
			public Session openSession() {
				return new CallerGroupsAuthorizationManager();
			}
		});
		configuration.setCustomSessionFactories(factories);
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		dropTaskReadOfApprovers(engine.getAuthorizationService());
	}

	/** Tasks opened before ApproverTaskGrants still carry the offices' READ per task: the same grant without it. */
	static int dropTaskReadOfApprovers(AuthorizationService authorizations) {
		List<Authorization> grants = authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(Groups.APPROVERS.toArray(String[]::new))
			.resourceType(Resources.TASK)
			.hasPermission(Permissions.READ)
			.list();
		for (Authorization grant : grants) {
			grant.removePermission(Permissions.READ);
			authorizations.saveAuthorization(grant);
		}
		return grants.size();
	}

	/** Takes the caller's groups as they are instead of intersecting them with all groups that hold a grant. */
	static class CallerGroupsAuthorizationManager extends AuthorizationManager {

		@Override
		public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
			return authenticatedGroupIds == null ? List.of() : new ArrayList<>(authenticatedGroupIds);
		}

	}

}

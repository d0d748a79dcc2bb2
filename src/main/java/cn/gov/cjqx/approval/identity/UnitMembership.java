package cn.gov.cjqx.approval.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Whether a user acts for a unit in a role (per-unit role groups) or holds a role that acts for all units. Inside the engine (a delegate run
 * for an authenticated starter) the group query runs without the starter's authorizations: the answer must not
 * depend on whether the starter may read groups.
 */
@Component
public class UnitMembership {

	private final IdentityService identityService;

	UnitMembership(IdentityService identityService) {
		this.identityService = identityService;
	}

	public boolean holds(String userId, String role, String unitCode) {
		return unitCode != null && holdsRole(userId, Groups.ofUnit(role, unitCode));
	}

	/** Whether the user is in the group, e.g. bureau-office or applicants-cjqx. */
	public boolean holdsRole(String userId, String groupId) {
		if (userId == null) {
			return false;
		}
		CommandContext commandContext = Context.getCommandContext();
		if (commandContext != null) {
			return commandContext.runWithoutAuthorization(() -> countIn(userId, groupId)) > 0;
		}
		return countIn(userId, groupId) > 0;
	}

	private long countIn(String userId, String groupId) {
		return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count();
	}

}

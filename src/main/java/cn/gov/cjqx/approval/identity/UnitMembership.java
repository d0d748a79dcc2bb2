package cn.gov.cjqx.approval.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Whether a user acts for a unit in a role, read from the per-unit role groups. Inside the engine (a delegate run
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
		if (userId == null || unitCode == null) {
			return false;
		}
		CommandContext commandContext = Context.getCommandContext();
		if (commandContext != null) {
			return commandContext.runWithoutAuthorization(() -> count(userId, role, unitCode)) > 0;
		}
		return count(userId, role, unitCode) > 0;
	}

	/** Whether the user is in a group that acts for all units, e.g. bureau-office. */
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

	private long count(String userId, String role, String unitCode) {
		return identityService.createUserQuery().userId(userId).memberOfGroup(Groups.ofUnit(role, unitCode)).count();
	}

}

package cn.gov.cjqx.approval.procedure;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.identity.AppUser;

/**
 * Starts a procedure's process as the calling user, so that {@code camunda:initiator}, the procedure's initiator
 * ({@link Actors#caller()}) and Camunda's authorizations see the same user as a start through /engine-rest or
 * Tasklist would. The REST door has checked the input and made the business key, so the start is the server's own
 * ({@link EngineEntryGuard#asServer}).
 */
@Component
public class ProcessStarter {

	private final RuntimeService runtime;

	private final IdentityService identity;

	ProcessStarter(RuntimeService runtime, IdentityService identity) {
		this.runtime = runtime;
		this.identity = identity;
	}

	/** Returns the process instance id. */
	public String start(AppUser user, String processKey, String businessKey, Map<String, Object> variables) {
		identity.setAuthentication(user.id(), List.copyOf(user.groups()));
		try {
			return EngineEntryGuard
				.asServer(() -> runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId());
		}
		finally {
			identity.clearAuthentication();
		}
	}

}

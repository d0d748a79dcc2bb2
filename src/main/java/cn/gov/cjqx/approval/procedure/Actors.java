package cn.gov.cjqx.approval.procedure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Who acts in the engine command that is running: the signed-in user that our REST door, /engine-rest or Tasklist set
 * for the command, never a process variable.
 */
public final class Actors {

	private Actors() {
	}

	/** The user who sent the command (e.g. the initiator of a start); refuses when there is none. */
	public static String caller() {
		String userId = signedIn();
		if (userId == null || userId.isBlank()) {
			throw Refusals.refused("INITIATOR_UNKNOWN", "无法确定申请人：请登录后再发起");
		}
		return userId;
	}

	/** Who completes a task: the signed-in user of the command, else the task's assignee. */
	public static String of(DelegateTask task) {
		String userId = signedIn();
		if (userId != null) {
			return userId;
		}
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		throw Refusals.refused("APPROVAL_USER_UNKNOWN", "无法确定办理人：请登录后办理，或先认领任务");
	}

	private static String signedIn() {
		CommandContext context = Context.getCommandContext();
		return context == null ? null : context.getAuthenticatedUserId();
	}

}

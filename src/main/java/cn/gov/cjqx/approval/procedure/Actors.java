package cn.gov.cjqx.approval.procedure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who completes a task: the signed-in user of the command, else the task's assignee. */
public final class Actors {

	private Actors() {
	}

	public static String of(DelegateTask task) {
		CommandContext context = Context.getCommandContext();
		String userId = context == null ? null : context.getAuthenticatedUserId();
		if (userId != null) {
			return userId;
		}
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		throw Refusals.refused("APPROVAL_USER_UNKNOWN", "无法确定办理人：请登录后办理，或先认领任务");
	}

}

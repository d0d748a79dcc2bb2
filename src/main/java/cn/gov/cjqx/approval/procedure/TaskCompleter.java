package cn.gov.cjqx.approval.procedure;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.system.ApiException;

/**
 * Completes a task for a REST door (a correction filed in the portal): as the calling user, so that Camunda's
 * authorizations and the task's listeners see the same user as in Tasklist; with the input the door has checked, so
 * the completion is the server's own ({@link EngineEntryGuard#asServer}). A refusal by a listener or a delegate
 * ("[CODE] message") answers 400 with that code and changes nothing.
 */
@Component
public class TaskCompleter {

	private static final Pattern REFUSAL = Pattern.compile("\\[([A-Z0-9_]+)\\] (.*)", Pattern.DOTALL);

	private final TaskService tasks;

	private final IdentityService identity;

	TaskCompleter(TaskService tasks, IdentityService identity) {
		this.tasks = tasks;
		this.identity = identity;
	}

	/** The open task of this definition in the process instance, if the procedure waits there. */
	public java.util.Optional<Task> openTask(String processInstanceId, String taskDefinitionKey) {
		return java.util.Optional.ofNullable(tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult());
	}

	public void complete(AppUser user, Task task, Map<String, Object> variables) {
		complete(user, () -> EngineEntryGuard.asServer(() -> {
			tasks.complete(task.getId(), variables);
			return null;
		}));
	}

	/**
	 * Completes the task as its form would from Tasklist: {@link EngineEntryGuard} checks the variables against the
	 * task's form (keys, plain text) as for any signed-in user.
	 */
	public void completeAsTheForm(AppUser user, Task task, Map<String, Object> variables) {
		complete(user, () -> {
			tasks.complete(task.getId(), variables);
			return null;
		});
	}

	private void complete(AppUser user, java.util.function.Supplier<Void> completion) {
		identity.setAuthentication(user.id(), List.copyOf(user.groups()));
		try {
			completion.get();
		}
		catch (ProcessEngineException e) {
			Matcher refusal = REFUSAL.matcher(String.valueOf(e.getMessage()));
			if (refusal.matches()) {
				throw ApiException.badRequest(refusal.group(1), null, refusal.group(2));
			}
			throw e;
		}
		finally {
			identity.clearAuthentication();
		}
	}

}

package cn.gov.cjqx.approval.procedure;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.system.PlainText;

/**
 * The trust boundary of the engine, whichever door a command comes through (/engine-rest, Tasklist's and Cockpit's
 * /camunda/api/engine, or our own code acting as a user): for a command that a signed-in user sends,
 * <ul>
 * <li>only {@code camunda-admin} may enter a process anywhere but at its start event or change its course from
 * outside: start instructions, instance modification, restart, migration, jobs and timers, suspension, messages and
 * signals, process-instance variables, incidents, deletion, deployments ({@link #operatorOnly}); others get 403
 * {@code [ENGINE_OPERATOR_ONLY]};</li>
 * <li>a start may carry only its start form's fields and no business key (the server makes those), a task's
 * completion, form submission or variable change only that task's fields ({@link DeclaredFields}): 400
 * {@code [VARIABLE_NOT_ALLOWED]} / {@code [BUSINESS_KEY_NOT_ALLOWED]};</li>
 * <li>every text it carries is plain text ({@link PlainText}), as at /api: 400 {@code [INVALID_VALUE]}.</li>
 * </ul>
 * Commands without a signed-in user (the job executor, start-up, our own services after they checked the caller)
 * are the application's own, as for Camunda's authorization checks. Our REST starts run as the user and are marked
 * with {@link #asServer}, since they send variables of their own (e.g. the opening's transient filing).
 */
@Component
public class EngineEntryGuard extends AbstractProcessEnginePlugin {

	/**
	 * Names of the engine commands that change a process other than by starting it at its start event or by working on
	 * one of its tasks. Queries and reads ({@code Get…}, {@code Is…}, {@code Optimize…}, {@code Find…}) never match.
	 */
	static final Pattern OPERATOR_ONLY_COMMAND = Pattern.compile("(?!Get|Is|Optimize|Find|Determine|AuthorizationCheck)"
			+ ".*(Instantiation|AtActivities|Modification|ModifyProcess|Cancellation|Restart|Migrat|Job|Suspen"
			+ "|Activate|SetState|Signal|Message|Correlat|ExecutionVariable|ProcessInstanceVariable|VariablesTo"
			+ "|Incident|ExternalTask|DeleteProcessInstance|Deploy|ProcessDefinition|Batch|Historic|HistoryCleanup"
			+ "|Removal|Authorization|Property|Metrics|License|Telemetry|Purge|DbSchema|StartCondition|BpmnError"
			+ "|Escalation).*Cmd");

	private static final ThreadLocal<Boolean> SERVER_CALL = new ThreadLocal<>();

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Map<String, DeclaredFields> fieldsByDefinition = new ConcurrentHashMap<>();

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
			configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
		}
		configuration.getCustomPostCommandInterceptorsTxRequired().add(new Interceptor());
	}

	/**
	 * Runs engine calls of our own services that act as the signed-in user (so that {@code camunda:initiator} and
	 * Camunda's authorizations see them) but have checked the input themselves.
	 */
	public static <T> T asServer(Supplier<T> call) {
		Boolean outer = SERVER_CALL.get();
		SERVER_CALL.set(Boolean.TRUE);
		try {
			return call.get();
		}
		finally {
			if (outer == null) {
				SERVER_CALL.remove();
			}
		}
	}

	/** {@link #operatorOnly} of each command class, decided once. */
	private static final ClassValue<Boolean> OPERATOR_ONLY = new ClassValue<>() {

		@Override
		protected Boolean computeValue(Class<?> commandClass) {
			return OPERATOR_ONLY_COMMAND.matcher(commandClass.getSimpleName()).matches()
					|| commandClass.getName().startsWith("org.camunda.bpm.engine.impl.migration.")
					|| commandClass.getName().startsWith("org.camunda.bpm.engine.impl.batch.");
		}

	};

	/** Whether a command class is for the operator (camunda-admin) only. */
	public static boolean operatorOnly(Class<?> commandClass) {
		return OPERATOR_ONLY.get(commandClass);
	}

	private final class Interceptor extends CommandInterceptor {

		/** How deep the current thread is in commands: only the outermost one is what the caller sent. */
		private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

		@Override
		public <T> T execute(Command<T> command) {
			int[] level = depth.get();
			if (level[0] == 0 && SERVER_CALL.get() == null) {
				check(command, Context.getCommandContext());
			}
			level[0]++;
			try {
				return next.execute(command);
			}
			finally {
				level[0]--;
			}
		}

	}

	private void check(Command<?> command, CommandContext context) {
		Authentication caller = context.getAuthentication();
		if (caller == null || caller.getUserId() == null) {
			return;
		}
		boolean operator = caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.ADMIN);
		if (!operator && operatorOnly(command.getClass())) {
			throw new AuthorizationException("[ENGINE_OPERATOR_ONLY] 此操作只有系统管理员（camunda-admin）可以执行："
					+ "申请只能从流程的开始处发起，审批只能在待办任务中办理，不能跳转步骤、修改流程或调整定时任务");
		}
		if (command instanceof StartProcessInstanceCmd start) {
			ProcessInstantiationBuilderImpl builder = read(start, "instantiationBuilder");
			checkStart(context, builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(),
					builder.getBusinessKey(), builder.getVariables());
		}
		else if (command instanceof SubmitStartFormCmd start) {
			checkStart(context, read(start, "processDefinitionId"), null, read(start, "businessKey"),
					read(start, "variables"));
		}
		else if (command instanceof CompleteTaskCmd complete) {
			checkTask(context, read(complete, "taskId"), read(complete, "variables"), List.of());
		}
		else if (command instanceof SubmitTaskFormCmd submit) {
			checkTask(context, read(submit, "taskId"), read(submit, "properties"), List.of());
		}
		else if (command instanceof SetTaskVariablesCmd set) {
			checkTask(context, read(set, "entityId"), read(set, "variables"), List.of());
		}
		else if (command instanceof RemoveTaskVariablesCmd remove) {
			checkTask(context, read(remove, "entityId"), Map.of(), read(remove, "variableNames"));
		}
		else if (command instanceof PatchTaskVariablesCmd patch) {
			checkTask(context, read(patch, "entityId"), read(patch, "variables"), read(patch, "deletions"));
		}
	}

	private void checkStart(CommandContext context, String definitionId, String definitionKey, String businessKey,
			Map<String, ?> variables) {
		if (businessKey != null && !businessKey.isBlank()) {
			throw new BadUserRequestException("[BUSINESS_KEY_NOT_ALLOWED] 业务编号由系统生成，发起时请不要填写");
		}
		var cache = context.getProcessEngineConfiguration().getDeploymentCache();
		ProcessDefinitionEntity definition = definitionId != null ? cache.findDeployedProcessDefinitionById(definitionId)
				: definitionKey != null ? cache.findDeployedLatestProcessDefinitionByKey(definitionKey) : null;
		if (definition != null) {
			checkVariables(fields(context, definition).start(), variables, List.of(), "发起申请");
		}
	}

	private void checkTask(CommandContext context, String taskId, Map<String, ?> variables,
			Collection<String> deletions) {
		TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
		if (task == null || task.getProcessDefinitionId() == null) {
			return; // the command itself answers for a missing task; a task outside any process steers nothing
		}
		ProcessDefinitionEntity definition = context.getProcessEngineConfiguration()
			.getDeploymentCache()
			.findDeployedProcessDefinitionById(task.getProcessDefinitionId());
		checkVariables(fields(context, definition).task(task.getTaskDefinitionKey()), variables, deletions,
				"“" + task.getName() + "”");
	}

	private static void checkVariables(Set<String> allowed, Map<String, ?> variables, Collection<String> deletions,
			String step) {
		Set<String> refused = new TreeSet<>();
		if (variables != null) {
			variables.keySet().stream().filter(name -> !allowed.contains(name)).forEach(refused::add);
		}
		if (deletions != null) {
			deletions.stream().filter(name -> !allowed.contains(name)).forEach(refused::add);
		}
		if (!refused.isEmpty()) {
			throw new BadUserRequestException("[VARIABLE_NOT_ALLOWED] " + step + "时不能提交这些字段："
					+ String.join("、", refused) + "（只能提交本步骤表单中的字段）");
		}
		if (variables != null) {
			variables.forEach((name, value) -> {
				if (!plain(value)) {
					throw new BadUserRequestException("[INVALID_VALUE] 字段 " + name
							+ " 不能包含 < > 等标记字符、控制字符或文字方向控制字符");
				}
			});
		}
	}

	/** Whether every text in a variable value (also inside JSON and lists) is plain text. */
	static boolean plain(Object value) {
		if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
			return plainSerialized(serializable.getValueSerialized());
		}
		Object raw = value instanceof TypedValue typed ? typed.getValue() : value;
		if (raw instanceof CharSequence text) {
			return PlainText.Validator.isPlain(text.toString());
		}
		if (raw instanceof Map<?, ?> map) {
			return map.keySet().stream().allMatch(EngineEntryGuard::plain)
					&& map.values().stream().allMatch(EngineEntryGuard::plain);
		}
		if (raw instanceof Collection<?> items) {
			return items.stream().allMatch(EngineEntryGuard::plain);
		}
		if (raw != null && raw.getClass().getName().startsWith("org.camunda.spin.")) {
			return plainSerialized(raw.toString());
		}
		return true;
	}

	private static boolean plainSerialized(String serialized) {
		if (serialized == null) {
			return true;
		}
		try {
			return plainJson(JSON.readTree(serialized));
		}
		catch (IOException notJson) {
			return PlainText.Validator.isPlain(serialized);
		}
	}

	private static boolean plainJson(JsonNode node) {
		if (node.isTextual()) {
			return PlainText.Validator.isPlain(node.asText());
		}
		for (var fields = node.fieldNames(); fields.hasNext();) {
			if (!PlainText.Validator.isPlain(fields.next())) {
				return false;
			}
		}
		for (JsonNode child : node) {
			if (!plainJson(child)) {
				return false;
			}
		}
		return true;
	}

	private DeclaredFields fields(CommandContext context, ProcessDefinitionEntity definition) {
		return fieldsByDefinition.computeIfAbsent(definition.getId(), id -> {
			var model = context.getProcessEngineConfiguration()
				.getDeploymentCache()
				.findBpmnModelInstanceForProcessDefinition(definition);
			Map<String, byte[]> forms = new HashMap<>();
			for (ResourceEntity resource : context.getResourceManager()
				.findResourcesByDeploymentId(definition.getDeploymentId())) {
				if (resource.getName().endsWith(".form")) {
					forms.put(DeclaredFields.idOfForm(resource.getBytes()), resource.getBytes());
				}
			}
			return DeclaredFields.of(model, forms::get);
		});
	}

	/** Fields of Camunda's command classes by class and name, made accessible once. */
	private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

	/** A field of one of Camunda's command classes (they have no getters); a missing field fails loudly. */
	@SuppressWarnings("unchecked")
	static <T> T read(Object command, String name) {
		Field field = FIELDS.computeIfAbsent(command.getClass().getName() + "#" + name, key -> find(command.getClass(), name));
		try {
			return (T) field.get(command);
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Field find(Class<?> commandClass, String name) {
		for (Class<?> type = commandClass; type != null; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return field;
			}
			catch (NoSuchFieldException e) {
				// look in the superclass
			}
		}
		throw new IllegalStateException(commandClass.getName() + " has no field " + name
				+ ": check EngineEntryGuard against this Camunda version");
	}

}

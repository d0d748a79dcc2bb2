package cn.gov.cjqx.approval.procedure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The variables a caller may send to a process definition: at its start, the keys of its start form; at a user task,
 * the keys of that task's form, plus {@code decision} and {@code opinion} on an approval task (one with the
 * {@code approvalTaskListener}). Everything else a process holds, it decided itself (README, Trust boundary: "a user
 * task's completion may set only that task's own fields").
 *
 * @param start the start form's keys
 * @param tasks the form keys of each user task, by task definition key
 */
public record DeclaredFields(Set<String> start, Map<String, Set<String>> tasks) {

	private static final ObjectMapper JSON = new ObjectMapper();

	static final String APPROVAL_LISTENER = "${approvalTaskListener}";

	/** The fields of a user task, empty for a task that is not in the model. */
	public Set<String> task(String taskDefinitionKey) {
		return tasks.getOrDefault(taskDefinitionKey, Set.of());
	}

	/**
	 * Reads the fields from a process model and the Camunda Forms it references by {@code camunda:formRef}.
	 *
	 * @param formsById the JSON of a form by its id, or null when there is none
	 */
	public static DeclaredFields of(BpmnModelInstance model, Function<String, byte[]> formsById) {
		Set<String> start = new HashSet<>();
		for (StartEvent event : model.getModelElementsByType(StartEvent.class)) {
			start.addAll(formKeys(event.getCamundaFormRef(), formsById));
		}
		Map<String, Set<String>> tasks = new HashMap<>();
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			Set<String> fields = new HashSet<>(formKeys(task.getCamundaFormRef(), formsById));
			if (isApprovalTask(task)) {
				fields.add(ApprovalVariables.DECISION.name());
				fields.add(ApprovalVariables.OPINION.name());
			}
			tasks.put(task.getId(), Set.copyOf(fields));
		}
		return new DeclaredFields(Set.copyOf(start), Map.copyOf(tasks));
	}

	static boolean isApprovalTask(UserTask task) {
		return task.getExtensionElements() != null && task.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaTaskListener.class)
			.list()
			.stream()
			.anyMatch(listener -> APPROVAL_LISTENER.equals(listener.getCamundaDelegateExpression()));
	}

	private static Set<String> formKeys(String formId, Function<String, byte[]> formsById) {
		if (formId == null) {
			return Set.of();
		}
		byte[] form = formsById.apply(formId);
		if (form == null) {
			throw new IllegalStateException("form " + formId + " referenced by a process model is not deployed with it");
		}
		return keysOfForm(form);
	}

	/**
	 * The top-level variable names a Camunda Form submits: the key of each field (its first segment for a dotted key)
	 * and the path of each dynamic list or group that has one.
	 */
	public static Set<String> keysOfForm(byte[] form) {
		try {
			Set<String> keys = new HashSet<>();
			collect(JSON.readTree(form).path("components"), keys);
			return keys;
		}
		catch (IOException e) {
			throw new UncheckedIOException("a form is not valid JSON", e);
		}
	}

	/** The id of a Camunda Form file. */
	public static String idOfForm(byte[] form) {
		try {
			return JSON.readTree(form).path("id").asText(null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("a form is not valid JSON", e);
		}
	}

	private static void collect(JsonNode components, Set<String> keys) {
		for (JsonNode component : components) {
			String key = component.path("key").asText("");
			String path = component.path("path").asText("");
			if (!key.isEmpty()) {
				keys.add(key.split("\\.", 2)[0]);
			}
			else if (!path.isEmpty()) {
				keys.add(path.split("\\.", 2)[0]);
			}
			else {
				collect(component.path("components"), keys);
			}
		}
	}

}

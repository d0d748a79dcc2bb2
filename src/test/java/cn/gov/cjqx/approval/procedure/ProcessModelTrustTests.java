package cn.gov.cjqx.approval.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.TimeCycle;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The build rule of the trust boundary in the models: a gateway's condition or a timer's date reads no name that
 * some form can set (a form key), so no caller steers a process or moves its timers by sending a variable. Each
 * user task declares the fields its completion may set: its form's keys, plus decision and opinion on approval tasks.
 */
class ProcessModelTrustTests {

	private static final Pattern NAME = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)");

	private static final Pattern STRING = Pattern.compile("'[^']*'|\"[^\"]*\"");

	private static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "true",
			"false", "null", "empty", "div", "mod", "instanceof");

	@Test
	void shouldRouteAndTimeOnNothingThatAFormCanSet() throws IOException {
		Set<String> formKeys = allFormKeys().keySet();
		Map<String, String> expressions = expressions();
		assertThat(expressions).as("the models have conditions and timers to check").hasSizeGreaterThan(20);
		expressions.forEach((where, expression) -> assertThat(namesRead(expression)).as(where + ": " + expression)
			.doesNotContainAnyElementsOf(formKeys));
	}

	@Test
	void shouldFindAConditionOnAFormKey() {
		Set<String> formKeys = Set.of("decision", "adminsOnly", "correctionAction");
		assertThat(namesRead("${adminsOnly}")).containsAnyElementsOf(formKeys);
		assertThat(namesRead("${decision == 'approve'}")).containsAnyElementsOf(formKeys);
		assertThat(namesRead("${!changeService.adminsOnly(execution)}")).containsExactlyInAnyOrder("changeService",
				"execution");
		assertThat(namesRead("${approvalDecision == 'approve' and correctionChoice ne 'withdraw'}"))
			.containsExactlyInAnyOrder("approvalDecision", "correctionChoice");
	}

	@Test
	void shouldDeclareTheFieldsOfEveryUserTaskFromItsForm() throws IOException {
		Map<String, byte[]> forms = formsById();
		for (Resource resource : resources("processes/*.bpmn")) {
			BpmnModelInstance model = model(resource);
			DeclaredFields fields = DeclaredFields.of(model, forms::get);
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				Set<String> declared = fields.task(task.getId());
				assertThat(declared).as(resource.getFilename() + " " + task.getId()).isNotEmpty();
				assertThat(declared).doesNotContain(ProcedureVariables.INITIATOR.name(), ProcedureVariables.BUSINESS_KEY.name(),
						ProcedureVariables.APPROVAL_DECISION.name(), ProcedureVariables.CORRECTION_CHOICE.name(),
						ProcedureVariables.FILING_SUMMARY.name(), ProcedureVariables.RETURNED_BY.name(),
						ProcedureVariables.RESUME_AT.name(), ProcedureVariables.UNIT_DECIDED_ON.name());
				if (DeclaredFields.isApprovalTask(task)) {
					assertThat(declared).contains(ApprovalVariables.DECISION.name(), ApprovalVariables.OPINION.name());
				}
			}
			assertThat(fields.start()).as(resource.getFilename() + " start form").isNotEmpty()
				.doesNotContain(ProcedureVariables.INITIATOR.name(), ProcedureVariables.BUSINESS_KEY.name(),
						ProcedureVariables.RETURNED_BY.name(), ProcedureVariables.RESUME_AT.name(),
						ProcedureVariables.UNIT_DECIDED_ON.name());
		}
	}

	static Set<String> namesRead(String expression) {
		Set<String> names = new HashSet<>();
		Matcher inside = Pattern.compile("[$#]\\{([^}]*)}").matcher(expression);
		while (inside.find()) {
			Matcher name = NAME.matcher(STRING.matcher(inside.group(1)).replaceAll("''"));
			while (name.find()) {
				if (!EL_WORDS.contains(name.group(1))) {
					names.add(name.group(1));
				}
			}
		}
		return names;
	}

	/** Every condition and timer expression of the models, by where it is. */
	private static Map<String, String> expressions() throws IOException {
		Map<String, String> expressions = new LinkedHashMap<>();
		for (Resource resource : resources("processes/*.bpmn")) {
			BpmnModelInstance model = model(resource);
			for (Class<? extends ModelElementInstance> type : java.util.List.of(ConditionExpression.class,
					TimeDate.class, TimeDuration.class, TimeCycle.class)) {
				for (ModelElementInstance element : model.getModelElementsByType(type)) {
					expressions.put(resource.getFilename() + " " + element.getParentElement().getAttributeValue("id")
							+ " " + type.getSimpleName() + " " + expressions.size(), element.getTextContent());
				}
			}
		}
		return expressions;
	}

	private static Map<String, String> allFormKeys() throws IOException {
		Map<String, String> keys = new HashMap<>();
		formsById().forEach((id, form) -> DeclaredFields.keysOfForm(form).forEach(key -> keys.put(key, id)));
		return keys;
	}

	private static Map<String, byte[]> formsById() throws IOException {
		Map<String, byte[]> forms = new HashMap<>();
		for (Resource resource : resources("forms/*.form")) {
			try (InputStream in = resource.getInputStream()) {
				byte[] form = in.readAllBytes();
				forms.put(DeclaredFields.idOfForm(form), form);
			}
		}
		assertThat(forms).isNotEmpty();
		return forms;
	}

	private static BpmnModelInstance model(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return Bpmn.readModelFromStream(in);
		}
	}

	private static Resource[] resources(String pattern) throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern);
	}

}

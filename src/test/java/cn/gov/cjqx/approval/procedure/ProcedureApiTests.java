package cn.gov.cjqx.approval.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.cjqx.approval.demo.DemoUnits;
import cn.gov.cjqx.approval.support.Fixtures;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.ListenerTestProcess;
import cn.gov.cjqx.approval.support.TestHttp;

/** GET /api/procedures/{businessKey}: where a filing stands, through the engine's real task and our records. */
@IntegrationTest
class ProcedureApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProcedureRepository procedures;

	@Autowired
	RuntimeService runtime;

	TestHttp http;

	@Autowired
	org.camunda.bpm.engine.RepositoryService repository;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
		ListenerTestProcess.deploy(repository);
	}

	@Test
	void shouldShowTheCurrentStepItsGroupAndThenTheApprovalRecord() {
		Procedure procedure = fixtures.procedureOf(DemoUnits.BUREAU, "applicant");
		String businessKey = procedure.getBusinessKey();
		procedure.attachProcessInstance(runtime.startProcessInstanceByKey(ListenerTestProcess.KEY, businessKey).getId());
		procedures.save(procedure);

		JsonNode waiting = http.get("applicant", "/api/procedures/" + businessKey).json();
		assertThat(waiting.path("status").asText()).isEqualTo("RUNNING");
		assertThat(waiting.path("unitName").asText()).isEqualTo("澄江市气象局");
		JsonNode step = waiting.path("currentSteps").get(0);
		assertThat(step.path("taskKey").asText()).isEqualTo("Task_Approve");
		assertThat(step.path("name").asText()).isEqualTo("局办公室审核");
		assertThat(step.path("candidateGroups").get(0).asText()).isEqualTo("bureau-office");
		assertThat(step.path("candidateGroupLabels").get(0).asText()).isEqualTo("局办公室");
		assertThat(step.path("dueAt").isNull()).isFalse();

		String taskId = http.get("office", "/engine-rest/task?processInstanceBusinessKey=" + businessKey)
			.json()
			.get(0)
			.path("id")
			.asText();
		var completed = http.postJson("office", "/engine-rest/task/" + taskId + "/complete",
				"{\"variables\":{\"decision\":{\"value\":\"approve\"},\"opinion\":{\"value\":\"材料齐全\"}}}");
		assertThat(completed.status()).as(completed.toString()).isEqualTo(204);

		JsonNode decided = http.get("applicant", "/api/procedures/" + businessKey).json();
		assertThat(decided.path("currentSteps")).isEmpty();
		JsonNode approval = decided.path("approvals").get(0);
		assertThat(approval.path("userId").asText()).isEqualTo("office");
		assertThat(approval.path("groupId").asText()).isEqualTo("bureau-office");
		assertThat(approval.path("decision").asText()).isEqualTo("approve");
		assertThat(approval.path("decisionLabel").asText()).isEqualTo("同意");
		assertThat(approval.path("opinion").asText()).isEqualTo("材料齐全");
	}

	@Test
	void shouldRefuseACompletionThroughEngineRestWithoutDecisionAndKeepTheTask() {
		Procedure procedure = fixtures.procedureOf(DemoUnits.BUREAU, "applicant");
		runtime.startProcessInstanceByKey(ListenerTestProcess.KEY, procedure.getBusinessKey());
		String taskId = http.get("office", "/engine-rest/task?processInstanceBusinessKey=" + procedure.getBusinessKey())
			.json()
			.get(0)
			.path("id")
			.asText();

		var refused = http.postJson("office", "/engine-rest/task/" + taskId + "/complete",
				"{\"variables\":{\"decision\":{\"value\":\"reject\"}}}");

		assertThat(refused.status()).as("a refusal is bad input, not a server error").isEqualTo(400);
		assertThat(refused.json().path("message").asText()).contains("APPROVAL_OPINION_REQUIRED").contains("审批意见");
		assertThat(http.get("office", "/engine-rest/task/" + taskId).status()).isEqualTo(200);
	}

	@Test
	void shouldLetAnotherUnitsApplicantSeeNothing() {
		String businessKey = fixtures.procedureOf(DemoUnits.BUREAU, "applicant").getBusinessKey();
		assertThat(http.get("applicant2", "/api/procedures/" + businessKey).status()).isEqualTo(403);
	}

	@Test
	void shouldAnswer404ForAnUnknownBusinessKey() {
		var response = http.get("office", "/api/procedures/XMT-KS-1999-9999");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.violationCodes()).containsExactly("NOT_FOUND");
	}

}

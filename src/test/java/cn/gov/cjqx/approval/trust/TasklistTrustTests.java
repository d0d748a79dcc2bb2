package cn.gov.cjqx.approval.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.support.Fixtures;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TasklistSession;

/**
 * The same attacks through the door Tasklist itself uses (/camunda/api/engine, with the Tasklist session and its
 * CSRF token, as a browser would send them): refused, with the rule's code and a Chinese message that Tasklist shows,
 * and nothing started.
 */
@IntegrationTest
class TasklistTrustTests {

	static final String ENGINE = "/camunda/api/engine/engine/default";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OpeningScenario scenario;

	TasklistSession tasklist;

	@BeforeEach
	void logInToTasklistAsApplicant2() throws Exception {
		tasklist = TasklistSession.logIn(port, "applicant2");
	}

	@Test
	void shouldRefuseStartInstructionsAForgedInitiatorAndACallerKeyFromTheTasklistSession() throws Exception {
		long bureauAccount = fixtures.bureauAccountId();
		String closure = "\"accountId\":{\"value\":" + bureauAccount + ",\"type\":\"Long\"},\"kind\":{\"value\":\"SHUT_DOWN\"},"
				+ "\"reason\":{\"value\":\"WORK_NEEDS\"},\"description\":{\"value\":\"工作调整\"}";
		long instancesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

		assertRefused(post("/process-definition/key/new-media-closure/start", "{\"variables\":{" + closure
				+ "},\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_CompleteClosure\"}]}"),
				403, "ENGINE_OPERATOR_ONLY");
		assertRefused(post("/process-definition/key/new-media-closure/submit-form",
				"{\"variables\":{" + closure + ",\"initiator\":{\"value\":\"applicant\"}}}"), 400, "VARIABLE_NOT_ALLOWED");
		assertRefused(post("/process-definition/key/new-media-closure/submit-form",
				"{\"businessKey\":\"XMT-GT-2026-0001\",\"variables\":{" + closure + "}}"), 400, "BUSINESS_KEY_NOT_ALLOWED");
		// as what they are, an applicant of 澄江市气象台 may not close 澄江市气象局's account
		assertRefused(post("/process-definition/key/new-media-closure/submit-form", "{\"variables\":{" + closure + "}}"),
				400, "FORBIDDEN_UNIT");

		assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
		assertThat(scenario.statusOf(bureauAccount)).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void shouldAnswerAClerkWhoClaimsTheLeadersTaskInChinese() throws Exception {
		TestUnit unit = scenario.newUnit();
		String businessKey = scenario.fileChange(new TestHttp(port), unit);
		String taskId = engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(businessKey)
			.singleResult()
			.getId();
		TasklistSession clerk = TasklistSession.logIn(port, unit.applicant());
		HttpResponse<String> claimed = clerk.postJson(ENGINE + "/task/" + taskId + "/claim",
				"{\"userId\":\"" + unit.applicant() + "\"}");
		assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(403);
		JsonNode body = new ObjectMapper().readTree(claimed.body());
		assertThat(body.path("message").asText()).isEqualTo("您没有权限执行此操作：只有此环节的办理人可以认领和办理，其他人只能查看");
		assertThat(body.path("code").asText()).isEqualTo("FORBIDDEN");
		assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
	}

	/** Tasklist shows the message of Camunda's error body: Chinese alone, the rule's code beside it, no engine text. */
	private static void assertRefused(HttpResponse<String> response, int status, String code) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode body = new ObjectMapper().readTree(response.body());
		assertThat(body.path("code").asText()).isEqualTo(code);
		assertThat(body.path("message").asText()).doesNotContain(code)
			.doesNotContain("ENGINE-")
			.doesNotContain("Exception")
			.containsPattern("\\p{IsHan}");
	}

	private HttpResponse<String> post(String path, String json) throws Exception {
		return tasklist.postJson(ENGINE + path, json);
	}

}

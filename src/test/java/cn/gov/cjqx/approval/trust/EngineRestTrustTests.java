package cn.gov.cjqx.approval.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;
import cn.gov.cjqx.approval.website.WebsiteStatus;

/**
 * The attacks of a clerk with a password through /engine-rest (issue 14): each is refused with problem+json and its
 * code, and nothing changed in our tables or Camunda's (no process instance, no procedure, registry unchanged).
 */
@IntegrationTest
class EngineRestTrustTests {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ProcedureRepository procedures;

	TestHttp http;

	TestUnit unit;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
		ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.of(2026, 9, 18, 10, 0)
			.atZone(java.time.ZoneId.of("Asia/Shanghai"))
			.toInstant()));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldRefuseStartInstructionsThatSkipEveryApproval() {
		ObjectNode body = JSON.createObjectNode();
		body.set("variables", restVariables(scenario.validFiling(unit)));
		body.set("startInstructions", JSON.valueToTree(new Object[] {
				Map.of("type", "startBeforeActivity", "activityId", "Task_RecordFiling"),
				Map.of("type", "startBeforeActivity", "activityId", "Task_ActivateAccount", "variables",
						Map.of("nationalFilingNo", Map.of("value", "GWXMT-530421-0999"), "yuxiFilingNo",
								Map.of("value", "YX-2026-0999"))) }));
		long instancesBefore = historicInstances();

		Response refused = http.postJson(unit.applicant(), "/engine-rest/process-definition/key/new-media-opening/start",
				body.toString());

		assertRefused(refused, 403, "ENGINE_OPERATOR_ONLY");
		assertThat(historicInstances()).isEqualTo(instancesBefore);
		assertThat(http.get(unit.applicant(), "/api/new-media/accounts").json()).isEmpty();
	}

	@Test
	void shouldTakeTheInitiatorFromTheSignedInUserAndRefuseAnyOther() {
		TestUnit victim = scenario.newUnit();
		long victimAccount = scenario.giveActiveAccount(victim);
		String start = "/engine-rest/process-definition/key/new-media-closure/start";
		String closure = "\"accountId\":{\"value\":" + victimAccount + ",\"type\":\"Long\"},\"kind\":{\"value\":\"SHUT_DOWN\"},"
				+ "\"reason\":{\"value\":\"WORK_NEEDS\"},\"description\":{\"value\":\"工作调整\"}";
		long instancesBefore = historicInstances();

		Response forged = http.postJson(unit.applicant(), start,
				"{\"variables\":{" + closure + ",\"initiator\":{\"value\":\"" + victim.applicant() + "\"}}}");
		assertRefused(forged, 400, "VARIABLE_NOT_ALLOWED");
		assertThat(forged.json().path("detail").asText()).contains("initiator");
		Response ordered = http.postJson(victim.applicant(), start,
				"{\"variables\":{" + closure + ",\"initiator\":{\"value\":\"office\"}}}");
		assertRefused(ordered, 400, "VARIABLE_NOT_ALLOWED");
		// without the variable the caller is who they are: an applicant of another unit
		assertRefused(http.postJson(unit.applicant(), start, "{\"variables\":{" + closure + "}}"), 400, "FORBIDDEN_UNIT");

		assertThat(historicInstances()).isEqualTo(instancesBefore);
		assertThat(scenario.statusOf(victimAccount)).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void shouldLetATaskSetOnlyItsOwnFields() {
		long accountId = scenario.giveActiveAccount(unit);
		Response started = http.postJson(unit.applicant(), "/api/new-media/accounts/" + accountId + "/changes",
				"{\"reason\":\"名称规范化\",\"decisionBasis\":\"COLLECTIVE_DECISION\",\"decisionReference\":\"党组会议纪要\","
						+ "\"accountName\":\"" + unit.shortName() + "天气\"}");
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String businessKey = started.json().path("businessKey").asText();
		String processInstanceId = started.json().path("processInstanceId").asText();
		String task = "/engine-rest/task/" + taskId(unit.leader(), businessKey);

		assertRefused(http.postJson(unit.leader(), task + "/complete",
				"{\"variables\":{\"decision\":{\"value\":\"approve\"},\"adminsOnly\":{\"value\":true}}}"), 400,
				"VARIABLE_NOT_ALLOWED");
		assertRefused(http.postJson(unit.leader(), task + "/submit-form",
				"{\"variables\":{\"decision\":{\"value\":\"approve\"},\"approvalDecision\":{\"value\":\"approve\"}}}"), 400,
				"VARIABLE_NOT_ALLOWED");
		assertRefused(http.send(unit.leader(), "PUT", task + "/variables/adminsOnly", "application/json",
				"{\"value\":true}".getBytes(), Map.of()), 400, "VARIABLE_NOT_ALLOWED");
		assertRefused(http.send(unit.leader(), "PUT", task + "/localVariables/correctionChoice", "application/json",
				"{\"value\":\"withdraw\"}".getBytes(), Map.of()), 400, "VARIABLE_NOT_ALLOWED");
		assertRefused(http.postJson(unit.leader(), task + "/variables",
				"{\"modifications\":{\"adminsOnly\":{\"value\":true}},\"deletions\":[\"initiator\"]}"), 400,
				"VARIABLE_NOT_ALLOWED");
		assertRefused(http.send(unit.leader(), "DELETE", task + "/variables/subject", null, null, Map.of()), 400,
				"VARIABLE_NOT_ALLOWED");
		assertRefused(http.postJson(unit.leader(), "/engine-rest/process-instance/" + processInstanceId + "/variables",
				"{\"modifications\":{\"adminsOnly\":{\"value\":true}}}"), 403, "ENGINE_OPERATOR_ONLY");
		assertThat(engine.getRuntimeService().getVariables(processInstanceId)).doesNotContainKeys("adminsOnly",
				"approvalDecision", "correctionChoice");

		// the task's own fields are accepted, and the change goes on to the bureau office and then the city filing
		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		http.completeTask("office", businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		assertThat(http.get("city", "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json()).hasSize(1);
	}

	@Test
	void shouldMakeBusinessKeysOnTheServer() {
		long websiteId = scenario.newWebsite(unit);
		String start = "/engine-rest/process-definition/key/website-takedown/start";
		String takedown = "\"variables\":{\"websiteId\":{\"value\":" + websiteId + ",\"type\":\"Long\"},"
				+ "\"reason\":{\"value\":\"网站改版\"},\"plannedStart\":{\"value\":\"2026-10-10\"},\"plannedDays\":{\"value\":5}}";
		long instancesBefore = historicInstances();
		for (String key : new String[] { "WZ-XX-2026-0003", "K".repeat(41), "<script>alert(1)</script>" }) {
			Response refused = http.postJson(unit.applicant(), start, "{\"businessKey\":" + JSON.valueToTree(key) + ","
					+ takedown + "}");
			assertRefused(refused, 400, "BUSINESS_KEY_NOT_ALLOWED");
		}
		assertThat(historicInstances()).isEqualTo(instancesBefore);

		Response started = http.postJson(unit.applicant(), start, "{" + takedown + "}");
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		assertThat(started.json().path("businessKey").asText()).matches("WZ-XX-\\d{4}-\\d{4}");
		assertThat(procedures.findByBusinessKey(started.json().path("businessKey").asText())).isPresent();
	}

	@Test
	void shouldRefuseMarkupAndDirectionControlsThroughTheEngine() {
		long websiteId = scenario.newWebsite(unit);
		String start = "/engine-rest/process-definition/key/website-takedown/start";
		long instancesBefore = historicInstances();
		for (String reason : new String[] { "<img src=x onerror=alert(1)>", "整改\u202Egnp.exe", "整改\u2066说明" }) {
			Response refused = http.postJson(unit.applicant(), start, "{\"variables\":{\"websiteId\":{\"value\":"
					+ websiteId + ",\"type\":\"Long\"},\"reason\":{\"value\":" + JSON.valueToTree(reason) + "},"
					+ "\"plannedStart\":{\"value\":\"2026-10-10\"},\"plannedDays\":{\"value\":5}}}");
			assertRefused(refused, 400, "INVALID_VALUE");
		}
		// inside a JSON variable too
		long accountId = scenario.giveActiveAccount(unit);
		String changes = "/api/new-media/accounts/" + accountId + "/changes";
		assertThat(http.postJson(unit.applicant(), changes, "{\"reason\":\"更名\u202E\",\"decisionBasis\":"
				+ "\"COLLECTIVE_DECISION\",\"decisionReference\":\"纪要\",\"accountName\":\"" + unit.shortName() + "天气\"}")
			.status()).as("the same check at /api").isEqualTo(400);
		assertThat(historicInstances()).isEqualTo(instancesBefore);
		assertThat(scenario.websiteStatusOf(websiteId)).isEqualTo(WebsiteStatus.ONLINE);
	}

	@Test
	void shouldLeaveTimersAndInstanceChangesToTheOperator() {
		long websiteId = scenario.newWebsite(unit);
		Response started = http.postJson(unit.applicant(), "/api/websites/" + websiteId + "/takedowns",
				"{\"reason\":\"网站改版整改\",\"plannedStart\":\"2026-10-10\",\"plannedDays\":5}");
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String businessKey = started.json().path("businessKey").asText();
		String processInstanceId = started.json().path("processInstanceId").asText();
		http.completeTask("office", businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		http.completeTask("city", businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		String jobId = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(processInstanceId)
			.timers()
			.singleResult()
			.getId();
		var dueBefore = engine.getManagementService().createJobQuery().jobId(jobId).singleResult().getDuedate();

		for (String user : new String[] { unit.applicant(), "office", "city" }) {
			assertRefused(http.send(user, "PUT", "/engine-rest/job/" + jobId + "/duedate", "application/json",
					"{\"duedate\":\"2026-09-18T10:00:00.000+0800\"}".getBytes(), Map.of()), 403, "ENGINE_OPERATOR_ONLY");
			assertRefused(http.postJson(user, "/engine-rest/job/" + jobId + "/execute", ""), 403, "ENGINE_OPERATOR_ONLY");
		}
		assertRefused(http.postJson(unit.applicant(), "/engine-rest/process-instance/" + processInstanceId
				+ "/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_TakeOffline\"}]}"),
				403, "ENGINE_OPERATOR_ONLY");
		assertRefused(http.postJson(unit.applicant(), "/engine-rest/message",
				"{\"messageName\":\"x\",\"processInstanceId\":\"" + processInstanceId + "\"}"), 403, "ENGINE_OPERATOR_ONLY");
		assertRefused(http.send(unit.applicant(), "DELETE", "/engine-rest/process-instance/" + processInstanceId, null,
				null, Map.of()), 403, "ENGINE_OPERATOR_ONLY");
		assertThat(engine.getManagementService().createJobQuery().jobId(jobId).singleResult().getDuedate())
			.isEqualTo(dueBefore);
		assertThat(scenario.websiteStatusOf(websiteId)).isEqualTo(WebsiteStatus.ONLINE);

		// the operator may move the timer (Cockpit), as the README tells
		Response moved = http.send("admin", "PUT", "/engine-rest/job/" + jobId + "/duedate", "application/json",
				"{\"duedate\":\"2026-09-19T00:00:00.000+0800\"}".getBytes(), Map.of());
		assertThat(moved.status()).as(moved.toString()).isEqualTo(204);
	}

	@Test
	void shouldCheckEachStateChangeInTheDomainEvenForTheOperator() {
		long websiteId = scenario.newWebsite(unit);
		Response takedown = http.postJson(unit.applicant(), "/api/websites/" + websiteId + "/takedowns",
				"{\"reason\":\"网站改版整改\",\"plannedStart\":\"2026-10-10\",\"plannedDays\":5}");
		assertRefused(skipTo("admin", takedown, "Task_TakeOffline"), 400, "ART10_CITY_APPROVAL");
		assertThat(scenario.websiteStatusOf(websiteId)).isEqualTo(WebsiteStatus.ONLINE);

		Response opening = http.postJson(unit.applicant(), "/api/new-media/openings", scenario.validFiling(unit).toString());
		assertThat(opening.status()).as(opening.toString()).isEqualTo(201);
		assertRefused(skipTo("admin", opening, "Task_ActivateAccount"), 400, "ART16_CITY_APPROVAL");
		assertThat(http.get(unit.applicant(), "/api/new-media/accounts").json().findValuesAsText("status"))
			.containsExactly("OPENING");

		TestUnit other = scenario.newUnit();
		long accountId = scenario.giveActiveAccount(other);
		Response closure = http.postJson(other.applicant(), "/api/new-media/accounts/" + accountId + "/closures",
				"{\"kind\":\"SHUT_DOWN\",\"reason\":\"WORK_NEEDS\",\"description\":\"工作调整\"}");
		String businessKey = closure.json().path("businessKey").asText();
		http.completeTask(other.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"},\"decisionBasis\":{\"value\":"
				+ "\"MAIN_LEADER_CONSENT\"},\"decisionReference\":{\"value\":\"局长签批〔2026〕12号\"}}");
		http.completeTask("city", businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		assertRefused(skipTo("admin", closure, "Task_CompleteClosure"), 400, "ART18_PUBLIC_NOTICE");
		assertThat(scenario.statusOf(accountId)).isEqualTo(AccountStatus.CLOSING);
	}

	/** The operator starts a step of a running procedure through instance modification. */
	private Response skipTo(String user, Response started, String activityId) {
		return http.postJson(user, "/engine-rest/process-instance/"
				+ started.json().path("processInstanceId").asText() + "/modification",
				"{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"" + activityId + "\"}]}");
	}

	private String taskId(String user, String businessKey) {
		JsonNode tasks = http.get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
		assertThat(tasks).hasSize(1);
		return tasks.get(0).path("id").asText();
	}

	private long historicInstances() {
		return engine.getHistoryService().createHistoricProcessInstanceQuery().count();
	}

	static void assertRefused(Response response, int status, String code) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.violationCodes()).as(response.toString()).containsExactly(code);
		assertThat(response.json().path("detail").asText()).as("a Chinese message without engine text")
			.isNotBlank()
			.doesNotContain("ENGINE-")
			.doesNotContain("Exception")
			.doesNotContain("SQL");
	}

	/** A filing as Camunda REST variables: {"name":{"value":…}}, lists as Json. */
	static ObjectNode restVariables(ObjectNode filing) {
		ObjectNode variables = JSON.createObjectNode();
		for (Iterator<Map.Entry<String, JsonNode>> fields = filing.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			ObjectNode variable = variables.putObject(field.getKey());
			if (field.getValue().isContainerNode()) {
				variable.put("value", field.getValue().toString());
				variable.put("type", "Json");
			}
			else {
				variable.set("value", field.getValue());
			}
		}
		return variables;
	}

}

package cn.gov.cjqx.approval.opening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * An opening from start to end, told as the people do it: through our API and Camunda's task API, each as the group
 * whose turn it is. Runs on H2 and, in CI, on PostgreSQL.
 */
@IntegrationTest
class OpeningJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	TestHttp http;

	TestUnit unit;

	String businessKey;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
	}

	@Test
	void shouldOpenAnAccountFromFilingToActive() {
		submitFiling();
		verifyWaitingFor("Task_UnitDecision", "unit-leaders-" + unit.code());
		verifyOtherUnitsCannotSeeTheUnitTask();
		decideAsUnit();
		verifyWaitingFor("Task_BureauReview", "bureau-office");
		decide("office", "approve", "材料齐全，同意");
		verifyWaitingFor("Task_CityGovApproval", "city-gov-office");
		decide("city", "approve", "同意开设");
		verifyWaitingFor("Task_RecordFilingNumbers", "bureau-office");
		recordFilingNumbers();
		verifyAccountActive();
	}

	private void submitFiling() {
		Response response = http.postJson(unit.applicant(), "/api/new-media/openings",
				scenario.validFiling(unit).toString());
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		businessKey = response.json().path("businessKey").asText();
		assertThat(businessKey).matches("XMT-KS-\\d{4}-\\d{4}");
		assertThat(response.header("Location")).isEqualTo("/api/procedures/" + businessKey);
		assertThat(response.json().path("status").asText()).isEqualTo("SUBMITTED");
		assertThat(response.json().path("violations")).isEmpty();
	}

	private void verifyWaitingFor(String taskKey, String group) {
		JsonNode procedure = http.get(unit.applicant(), "/api/procedures/" + businessKey).json();
		assertThat(procedure.path("status").asText()).isEqualTo("RUNNING");
		assertThat(procedure.path("currentSteps")).hasSize(1);
		assertThat(procedure.path("currentSteps").get(0).path("taskKey").asText()).isEqualTo(taskKey);
		assertThat(procedure.path("currentSteps").get(0).path("candidateGroups").get(0).asText()).isEqualTo(group);
	}

	private void verifyOtherUnitsCannotSeeTheUnitTask() {
		assertThat(http.get("leader", "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json()).isEmpty();
		assertThat(http.get("leader2", "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json()).isEmpty();
		assertThat(http.get(unit.leader(), "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json())
			.hasSize(1);
	}

	private void decideAsUnit() {
		Response minutes = http.postFile(unit.leader(), "/api/materials", "党组会议纪要.pdf", OpeningScenario.PDF);
		assertThat(minutes.status()).isEqualTo(201);
		String taskId = taskId(unit.leader());
		Response refused = complete(unit.leader(), taskId, "{\"decision\":{\"value\":\"approve\"}}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("ART16_COLLECTIVE_DECISION");

		Response done = complete(unit.leader(), taskId,
				"{\"decision\":{\"value\":\"approve\"},\"opinion\":{\"value\":\"经党组会议集体研究同意\"},"
						+ "\"meetingDate\":{\"value\":\"2026-11-20\"},\"minutesMaterialId\":{\"value\":\""
						+ minutes.json().path("id").asText() + "\"},\"mainLeaderConsent\":{\"value\":true}}");
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
	}

	private void decide(String user, String decision, String opinion) {
		Response done = complete(user, taskId(user), "{\"decision\":{\"value\":\"" + decision
				+ "\"},\"opinion\":{\"value\":\"" + opinion + "\"}}");
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
	}

	private void recordFilingNumbers() {
		String taskId = taskId("office");
		Response markup = complete("office", taskId,
				"{\"nationalFilingNo\":{\"value\":\"<b>1\"},\"yuxiFilingNo\":{\"value\":\"YX-2026-0001\"}}");
		assertThat(markup.status()).isEqualTo(400);
		assertThat(markup.text()).contains("INVALID_VALUE");
		Response malformed = complete("office", taskId,
				"{\"nationalFilingNo\":{\"value\":\"1\"},\"yuxiFilingNo\":{\"value\":\"YX-2026-0001\"}}");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.text()).contains("ART16_FILING");
		Response done = complete("office", taskId,
				"{\"nationalFilingNo\":{\"value\":\"GWXMT-530421-0102\"},\"yuxiFilingNo\":{\"value\":\"YX-2026-0102\"}}");
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
	}

	private void verifyAccountActive() {
		JsonNode procedure = http.get(unit.applicant(), "/api/procedures/" + businessKey).json();
		assertThat(procedure.path("status").asText()).isEqualTo("ENDED");
		assertThat(procedure.path("outcome").asText()).isEqualTo("APPROVED");
		assertThat(procedure.path("approvals").findValuesAsText("groupId")).containsExactly(
				"unit-leaders-" + unit.code(), "bureau-office", "city-gov-office");
		JsonNode accounts = http.get(unit.applicant(), "/api/new-media/accounts").json();
		assertThat(accounts).hasSize(1);
		JsonNode account = accounts.get(0);
		assertThat(account.path("name").asText()).isEqualTo(unit.shortName() + "发布");
		assertThat(account.path("status").asText()).isEqualTo("ACTIVE");
		assertThat(account.path("nationalFilingNo").asText()).isEqualTo("GWXMT-530421-0102");
		assertThat(account.path("yuxiFilingNo").asText()).isEqualTo("YX-2026-0102");
		assertThat(account.path("administrators").get(0).path("mobile").asText()).isEqualTo("13800002222");
	}

	private String taskId(String user) {
		JsonNode tasks = http.get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
		assertThat(tasks).as("tasks visible to " + user).hasSize(1);
		return tasks.get(0).path("id").asText();
	}

	private Response complete(String user, String taskId, String variables) {
		return http.postJson(user, "/engine-rest/task/" + taskId + "/complete", "{\"variables\":" + variables + "}");
	}

}

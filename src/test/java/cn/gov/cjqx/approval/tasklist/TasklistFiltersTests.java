package cn.gov.cjqx.approval.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;

/** The Tasklist task lists of each role, through Camunda's filter API with authorization on. */
@IntegrationTest
class TasklistFiltersTests {

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	AuthorizationService authorizations;

	TestHttp http;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
	}

	@Test
	void shouldGiveEachRoleItsTaskLists() {
		assertThat(names(http.get("office", "/engine-rest/filter").json())).containsExactlyInAnyOrder("我的待办", "本组待办",
				"已逾期");
		assertThat(names(http.get("leader2", "/engine-rest/filter").json())).containsExactlyInAnyOrder("我的待办", "本组待办",
				"已逾期", "我发起的");
		assertThat(names(http.get("admin", "/engine-rest/filter").json())).contains("我的待办");
	}

	@Test
	void shouldShowAUnitItsProceduresWhereverTheyStandAndNoOtherUnit() {
		TestUnit unit = scenario.newUnit();
		TestUnit other = scenario.newUnit();
		String businessKey = http.postJson(unit.applicant(), "/api/new-media/openings", scenario.validFiling(unit).toString())
			.json()
			.path("businessKey")
			.asText();

		JsonNode ours = http.filterTasks(unit.applicant(), "我发起的");
		assertThat(ours.findValuesAsText("name")).contains("单位集体研究决定");
		assertThat(http.filterTasks(other.applicant(), "我发起的").findValuesAsText("name")).doesNotContain("单位集体研究决定");

		String taskId = ours.get(0).path("id").asText();
		assertThat(http.get(unit.applicant(), "/engine-rest/task/" + taskId + "/variables").status()).isEqualTo(200);
		assertThat(http.postJson(unit.applicant(), "/engine-rest/task/" + taskId + "/claim",
				"{\"userId\":\"" + unit.applicant() + "\"}").status()).as("read, not work").isEqualTo(403);
		assertThat(http.get(other.applicant(), "/engine-rest/task/" + taskId).status()).isIn(403, 404);

		var done = http.postJson(unit.leader(), "/engine-rest/task/" + taskId + "/complete",
				"{\"variables\":{\"decision\":{\"value\":\"reject\"},\"opinion\":{\"value\":\"暂不开设\"}}}");
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
		assertThat(authorizations.createAuthorizationQuery().resourceId(taskId).count())
			.as("grants go with the task")
			.isZero();
		assertThat(businessKey).isNotBlank();
	}

	private static java.util.List<String> names(JsonNode filters) {
		java.util.List<String> names = new java.util.ArrayList<>();
		filters.forEach(filter -> names.add(filter.path("name").asText()));
		return names;
	}

}

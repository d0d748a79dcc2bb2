package cn.gov.cjqx.approval.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;

/**
 * After a step, where the procedure went (GET /api/tasks/{taskId}/after, read by Tasklist's notice after 完成): the
 * next step with who holds it by name, the outcome once it ended, and nothing for someone who may not read it.
 */
@IntegrationTest
class NextStepApiTests {

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	TaskService tasks;

	@Test
	void shouldNameTheNextStepAndItsHoldersThenTheOutcome() {
		TestHttp http = new TestHttp(port);
		TestUnit unit = scenario.newUnit();
		String businessKey = scenario.fileChange(http, unit);
		String unitDecision = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"}}");

		JsonNode after = http.get(unit.leader(), "/api/tasks/" + unitDecision + "/after").json();
		assertThat(after.path("businessKey").asText()).isEqualTo(businessKey);
		assertThat(after.path("ended").asBoolean()).isFalse();
		assertThat(after.path("next").toString()).isEqualTo("[{\"name\":\"局办公室审核\",\"holder\":\"局办公室\"}]");

		String review = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
		http.completeTask("office", businessKey, "{\"decision\":{\"value\":\"reject\"},\"opinion\":{\"value\":\"不符合要求\"}}");
		after = http.get("office", "/api/tasks/" + review + "/after").json();
		assertThat(after.path("ended").asBoolean()).isTrue();
		assertThat(after.path("outcomeLabel").asText()).isEqualTo("未通过");
		assertThat(after.path("next")).isEmpty();
	}

	@Test
	void shouldTellNothingToSomeoneOfAnotherUnitNorAboutAStepThatDoesNotExist() {
		TestHttp http = new TestHttp(port);
		TestUnit unit = scenario.newUnit();
		String businessKey = scenario.fileChange(http, unit);
		String unitDecision = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();

		TestHttp.Response stranger = http.get(scenario.newUnit().applicant(), "/api/tasks/" + unitDecision + "/after");
		assertThat(stranger.status()).isEqualTo(404);
		assertThat(stranger.text()).doesNotContain(businessKey).contains("未找到这个环节");
		assertThat(http.get("office", "/api/tasks/no-such-task/after").status()).isEqualTo(404);
	}

}

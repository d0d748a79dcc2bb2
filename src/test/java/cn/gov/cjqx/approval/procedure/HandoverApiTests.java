package cn.gov.cjqx.approval.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.cjqx.approval.support.Fixtures;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * 转办 by name to a colleague of the same office, refused to anyone without the step's role through every door, and
 * 抄送 to a reader who can open the procedure but not act on it; each in the timeline and told by a message.
 */
@IntegrationTest
class HandoverApiTests {

	static final String COLLEAGUE = Fixtures.OFFICE_COLLEAGUE;

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TaskService tasks;

	@Autowired
	Handovers handovers;

	TestHttp http;

	TestUnit unit;

	String businessKey;

	Task review;

	@BeforeEach
	void aChangeAtTheBureauOffice() {
		http = new TestHttp(port);
		fixtures.ensureOfficeColleague();
		unit = scenario.newUnit();
		businessKey = scenario.fileChange(http, unit);
		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		review = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
		assertThat(review.getName()).isEqualTo("局办公室审核");
	}

	@Test
	void shouldTransferTheStepToAColleagueChosenByName() {
		JsonNode colleagues = http.get("office", "/api/tasks/" + review.getId() + "/colleagues").json();
		assertThat(colleagues.findValuesAsText("userId")).contains(COLLEAGUE).doesNotContain("office");
		assertThat(colleagues.findValuesAsText("name")).doesNotContain(COLLEAGUE + " ");

		Response transferred = http.postJson("office", "/api/tasks/" + review.getId() + "/transfer",
				"{\"to\":\"" + COLLEAGUE + "\"}");
		assertThat(transferred.status()).as(transferred.toString()).isEqualTo(204);
		assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isEqualTo(COLLEAGUE);
		assertThat(handovers.events(businessKey)).singleElement().satisfies(event -> {
			assertThat(event.getKind()).isEqualTo(ProcedureEvent.Kind.TRANSFERRED);
			assertThat(event.getActor()).isEqualTo("office");
			assertThat(event.getTargetUser()).isEqualTo(COLLEAGUE);
		});
		JsonNode told = http.get(COLLEAGUE, "/api/messages").json().path("messages").get(0);
		assertThat(told.path("kind").asText()).isEqualTo("TRANSFERRED");
		assertThat(told.path("body").asText()).contains("王主任", "局办公室审核", "转办给您办理");

		// no longer its holder
		assertThat(http.postJson("office", "/api/tasks/" + review.getId() + "/transfer", "{\"to\":\"office\"}").status())
			.isEqualTo(403);
	}

	@Test
	void shouldRefuseAHandoverToSomeoneWithoutTheStepsRoleThroughEveryDoor() {
		Response api = http.postJson("office", "/api/tasks/" + review.getId() + "/transfer",
				"{\"to\":\"" + unit.applicant() + "\"}");
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.text()).contains("TASK_HANDOVER_NOT_ALLOWED");
		// even the administrator, through Camunda's own REST API (as Tasklist's 转办 does)
		Response engine = http.postJson("admin", "/engine-rest/task/" + review.getId() + "/assignee",
				"{\"userId\":\"" + unit.applicant() + "\"}");
		assertThat(engine.status()).as(engine.toString()).isEqualTo(400);
		assertThat(engine.text()).contains("TASK_HANDOVER_NOT_ALLOWED", "局办公室");
		Response delegated = http.postJson("admin", "/engine-rest/task/" + review.getId() + "/delegate",
				"{\"userId\":\"" + unit.leader() + "\"}");
		assertThat(delegated.status()).as(delegated.toString()).isEqualTo(400);
		assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
		assertThat(handovers.events(businessKey)).isEmpty();
		// a stranger cannot ask who could take it
		assertThat(http.get(unit.applicant(), "/api/tasks/" + review.getId() + "/colleagues").status()).isEqualTo(403);
	}

	@Test
	void shouldCopyTheProcedureToAReaderWhoCannotActOnIt() {
		TestUnit other = scenario.newUnit();
		assertThat(http.get(other.applicant(), "/api/procedures/" + businessKey).status()).isEqualTo(403);
		Response markup = http.postJson("office", "/api/procedures/" + businessKey + "/copies",
				"{\"userId\":\"" + other.applicant() + "\",\"note\":\"<script>x</script>\"}");
		assertThat(markup.status()).isEqualTo(400);

		Response copied = http.postJson("office", "/api/procedures/" + businessKey + "/copies",
				"{\"userId\":\"" + other.applicant() + "\",\"note\":\"请参考此次变更\"}");
		assertThat(copied.status()).as(copied.toString()).isEqualTo(201);
		assertThat(http.get(other.applicant(), "/api/procedures/" + businessKey).status()).isEqualTo(200);
		JsonNode told = http.get(other.applicant(), "/api/messages").json().path("messages").get(0);
		assertThat(told.path("kind").asText()).isEqualTo("COPIED");
		assertThat(told.path("body").asText()).contains("抄送给您查看", "请参考此次变更");
		assertThat(told.path("link").asText()).isEqualTo("/portal/procedures/" + businessKey);

		// reading is all: the step stays the office's
		Response complete = http.postJson(other.applicant(), "/engine-rest/task/" + review.getId() + "/complete",
				"{\"variables\":{\"decision\":{\"value\":\"approve\"}}}");
		assertThat(complete.status()).isIn(403, 404);
		assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult()).isNotNull();
		assertThat(http.postJson(other.applicant(), "/api/procedures/" + businessKey + "/copies",
				"{\"userId\":\"" + other.leader() + "\"}").status()).isEqualTo(404);
	}

}

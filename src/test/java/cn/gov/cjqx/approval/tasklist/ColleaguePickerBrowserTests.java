package cn.gov.cjqx.approval.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.support.Fixtures;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TasklistBrowser;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * 转办 in Tasklist by name: the bureau office's clerk edits the 办理人 of a change's 局办公室审核 in headless Chromium,
 * is offered the colleagues of the step by name (scripts/colleague-picker.js), picks one, and the step is theirs.
 */
@IntegrationTest
class ColleaguePickerBrowserTests {

	static final String COLLEAGUE = "office-b";

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TaskService tasks;

	@BeforeEach
	void requireChromium() {
		Assumptions.assumeTrue(TasklistBrowser.available(), "Chromium and chromedriver are not installed");
	}

	@Test
	void shouldHandTheStepToAColleaguePickedByName() throws InterruptedException {
		fixtures.ensureUser(COLLEAGUE, Groups.BUREAU_OFFICE);
		TestHttp http = new TestHttp(port);
		TestUnit unit = scenario.newUnit();
		long accountId = scenario.giveActiveAccount(unit);
		Response change = http.postJson(unit.applicant(), "/api/new-media/accounts/" + accountId + "/changes",
				"{\"reason\":\"分管领导调整\",\"decisionBasis\":\"MAIN_LEADER_CONSENT\",\"decisionReference\":\"局长签批\","
						+ "\"hostLeader\":\"李明 副主任\"}");
		assertThat(change.status()).as(change.toString()).isEqualTo(201);
		String businessKey = change.json().path("businessKey").asText();
		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		Task review = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
		assertThat(review.getName()).isEqualTo("局办公室审核");

		try (TasklistBrowser office = new TasklistBrowser(port, Path.of("target", "screenshots"))) {
			office.logIn("office").openTask(review.getId());
			assertThat(office.taskGroups()).as("管理组 shows the group's name beside its id")
				.containsExactly(Groups.BUREAU_OFFICE + "（局办公室）");
			// the name the server gives the colleague, as the step's holder may ask for it
			JsonNode colleagues = http.get("office", "/api/tasks/" + review.getId() + "/colleagues").json();
			String name = null;
			for (JsonNode colleague : colleagues) {
				if (COLLEAGUE.equals(colleague.path("userId").asText())) {
					name = colleague.path("name").asText();
				}
			}
			assertThat(name).as("office-b among " + colleagues).isNotBlank().isNotEqualTo(COLLEAGUE);

			assertThat(office.editAssignee()).as("the colleagues offered by name").contains(name).doesNotContain(COLLEAGUE);
			office.pickColleague(name);
			assertThat(office.assigneeInput()).isEqualTo(COLLEAGUE);
			office.screenshot("60-office-transfer-picker");
			office.confirmAssignee();
			Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
			while (!COLLEAGUE.equals(assignee(review)) && Instant.now().isBefore(deadline)) {
				Thread.sleep(200);
			}
			office.screenshot("61-office-transferred");
		}
		assertThat(assignee(review)).isEqualTo(COLLEAGUE);
	}

	private String assignee(Task task) {
		return tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
	}

}

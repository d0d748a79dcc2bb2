package cn.gov.cjqx.approval.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.procedure.Handovers;
import cn.gov.cjqx.approval.procedure.ProcedureEvent;
import cn.gov.cjqx.approval.support.Fixtures;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TasklistBrowser;
import cn.gov.cjqx.approval.support.TestHttp;

/**
 * 转办 and 委派 in Tasklist by name (scripts/colleague-picker.js), in headless Chromium: the bureau office's clerk holds
 * a change's 局办公室审核 and hands it to a colleague picked by name, through the 办理人 field (转办) or the 交给同事 line
 * (委派: the colleague works on it and it comes back).
 */
@IntegrationTest
class ColleaguePickerBrowserTests {

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

	@BeforeEach
	void requireChromium() {
		Assumptions.assumeTrue(TasklistBrowser.available(), "Chromium and chromedriver are not installed");
	}

	@Test
	void shouldHandTheStepToAColleaguePickedByName() throws InterruptedException {
		fixtures.ensureOfficeColleague();
		TestHttp http = new TestHttp(port);
		String businessKey = fileChangeUpToTheBureauOffice(http);
		Task review = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
		String name = colleagueName(http, review);

		// overdue since yesterday: the card says so
		review.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
		tasks.saveTask(review);

		try (TasklistBrowser office = new TasklistBrowser(port, Path.of("target", "screenshots"))) {
			office.logIn("office").openTask(review.getId());
			assertThat(office.dueDateMark()).isEqualTo("\"（已逾期）\"");
			assertThat(office.taskGroups()).as("管理组 shows the group's name beside its id")
				.containsExactly(Groups.BUREAU_OFFICE + "（局办公室）");
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

	@Test
	void shouldDelegateTheStepByNameAndHaveItBackWhenTheColleagueHasWorkedOnIt() {
		fixtures.ensureOfficeColleague();
		TestHttp http = new TestHttp(port);
		String businessKey = fileChangeUpToTheBureauOffice(http);
		Task review = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
		String name = colleagueName(http, review);

		try (TasklistBrowser office = new TasklistBrowser(port, Path.of("target", "screenshots"))) {
			office.logIn("office").openTask(review.getId());
			assertThat(office.handOverLine()).as("the holder's 交给同事 line, by name").contains(name)
				.doesNotContain(COLLEAGUE);
			office.screenshot("62-office-delegate-line");
			assertThat(office.filterCounts()).as("every filter counted, not only the selected one")
				.containsEntry("我的待办", String.valueOf(tasks.createTaskQuery().taskAssignee("office").count()))
				.containsKeys("本组待办", "已逾期");
			assertThat(office.priorityLabel()).as("the bare priority number on task cards is named").isEqualTo("\"优先级 \"");
			office.handOverTo(name, "委派");
		}
		Task delegated = tasks.createTaskQuery().taskId(review.getId()).singleResult();
		assertThat(delegated.getAssignee()).isEqualTo(COLLEAGUE);
		assertThat(delegated.getOwner()).isEqualTo("office");
		assertThat(delegated.getDelegationState()).isEqualTo(DelegationState.PENDING);

		try (TasklistBrowser colleague = new TasklistBrowser(port, Path.of("target", "screenshots"))) {
			colleague.logIn(COLLEAGUE).openTask(review.getId());
			String holder = colleagueName(http, COLLEAGUE, review, "office");
			assertThat(colleague.handOverNote()).as("whose step it is and that it goes back")
				.isEqualTo("此环节由" + holder + "委派给您：填写后点“完成”，交回" + holder + "决定。");
			colleague.choose("同意").fill("审批意见", "已核对，建议同意").screenshot("63-colleague-delegated-task").complete();
			assertThat(colleague.nextStep()).as("委派: back to its holder")
				.isEqualTo("已提交（" + businessKey + "）。下一步：局办公室审核（" + holder + "）。");
		}
		Task back = tasks.createTaskQuery().taskId(review.getId()).singleResult();
		assertThat(back).as("委派: the step comes back to its holder, not to the next step").isNotNull();
		assertThat(back.getAssignee()).isEqualTo("office");
		assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
		assertThat(handovers.events(businessKey)).singleElement().satisfies(event -> {
			assertThat(event.getKind()).isEqualTo(ProcedureEvent.Kind.DELEGATED);
			assertThat(event.getActor()).isEqualTo("office");
			assertThat(event.getTargetUser()).isEqualTo(COLLEAGUE);
		});
	}

	private String fileChangeUpToTheBureauOffice(TestHttp http) {
		TestUnit unit = scenario.newUnit();
		String businessKey = scenario.fileChange(http, unit);
		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getName())
			.isEqualTo("局办公室审核");
		return businessKey;
	}

	/** The name the server gives the colleague, as the step's holder (office) may ask for it. */
	private String colleagueName(TestHttp http, Task task) {
		return colleagueName(http, "office", task, COLLEAGUE);
	}

	private String colleagueName(TestHttp http, String holder, Task task, String colleagueId) {
		for (JsonNode colleague : http.get(holder, "/api/tasks/" + task.getId() + "/colleagues").json()) {
			if (colleagueId.equals(colleague.path("userId").asText())) {
				return colleague.path("name").asText();
			}
		}
		throw new AssertionError(colleagueId + " is not among the colleagues of " + task.getName() + " for " + holder);
	}

	private String assignee(Task task) {
		return tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
	}

}

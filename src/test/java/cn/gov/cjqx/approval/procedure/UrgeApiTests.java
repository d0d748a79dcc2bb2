package cn.gov.cjqx.approval.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * POST /api/procedures/{businessKey}/urges (催办): once a step is overdue, the unit's people urge its holders, at most
 * once a working day per step; the holders find 【催办】 in the task's comments. Thursday 3 December 2026 is a working
 * day, Sunday the 6th is not.
 */
@IntegrationTest
class UrgeApiTests {

	static final OffsetDateTime THURSDAY = OffsetDateTime.parse("2026-12-03T10:00:00+08:00");

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcedureRepository procedures;

	@Autowired
	TaskService tasks;

	TestHttp http;

	TestUnit unit;

	String businessKey;

	@BeforeEach
	void fileAChange() {
		ClockUtil.setCurrentTime(Date.from(THURSDAY.toInstant()));
		http = new TestHttp(port);
		unit = scenario.newUnit();
		businessKey = scenario.fileChange(http, unit);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldUrgeAnOverdueStepOnceAWorkingDay() {
		Response early = urge(unit.applicant());
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.text()).contains("NOT_URGEABLE");

		Task step = overdue();
		Response urged = urge(unit.applicant());
		assertThat(urged.status()).as(urged.toString()).isEqualTo(201);
		assertThat(urged.json().get(0).path("taskName").asText()).isEqualTo(step.getName());
		assertThat(tasks.getTaskComments(step.getId())).singleElement()
			.satisfies(comment -> assertThat(comment.getFullMessage()).startsWith("【催办】").contains("2026年12月3日"));

		Response again = urge(unit.applicant());
		assertThat(again.status()).isEqualTo(409);
		assertThat(tasks.getTaskComments(step.getId())).hasSize(1);

		ClockUtil.setCurrentTime(Date.from(THURSDAY.plusDays(1).toInstant()));
		assertThat(urge(unit.applicant()).status()).isEqualTo(201);
		assertThat(tasks.getTaskComments(step.getId())).hasSize(2);
	}

	@Test
	void shouldRefuseOnASundayAnotherUnitAndTheHoldersThemselves() {
		Task step = overdue();
		assertThat(urge(scenario.newUnit().applicant()).status()).isEqualTo(404);
		assertThat(urge("office").status()).isEqualTo(404);
		// the leaders hold the unit's decision: they have nobody to urge
		assertThat(urge(unit.leader()).status()).isEqualTo(409);
		ClockUtil.setCurrentTime(Date.from(THURSDAY.plusDays(3).toInstant()));
		Response sunday = urge(unit.applicant());
		assertThat(sunday.status()).isEqualTo(409);
		assertThat(sunday.text()).contains("NOT_A_WORKING_DAY");
		assertThat(tasks.getTaskComments(step.getId())).isEmpty();
	}

	private Task overdue() {
		String instance = procedures.findByBusinessKey(businessKey).orElseThrow().getProcessInstanceId();
		Task step = tasks.createTaskQuery().processInstanceId(instance).singleResult();
		tasks.setDueDate(step.getId(), Date.from(THURSDAY.minusDays(1).toInstant()));
		return step;
	}

	private Response urge(String user) {
		return http.postJson(user, "/api/procedures/" + businessKey + "/urges", "");
	}

}

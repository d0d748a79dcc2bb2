package cn.gov.cjqx.approval.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * /notices follows the procedure: when an operator moves a closure's notice timer in Cockpit and it fires, the notice
 * leaves 正在公告 at that moment, and the closure goes on to the account's shutdown.
 */
@IntegrationTest
class NoticeTimerTests {

	static final OffsetDateTime FRIDAY = OffsetDateTime.parse("2026-09-18T10:00:00+08:00");

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcessEngine engine;

	TestHttp http;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
		ClockUtil.setCurrentTime(Date.from(FRIDAY.toInstant()));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldEndTheNoticeWhenAnOperatorFiresItsTimerEarly() {
		TestUnit unit = scenario.newUnit();
		long accountId = scenario.giveActiveAccount(unit);
		Response closure = http.postJson(unit.applicant(), "/api/new-media/accounts/" + accountId + "/closures",
				"{\"kind\":\"SHUT_DOWN\",\"reason\":\"WORK_NEEDS\",\"description\":\"业务调整，不再运营。\"}");
		assertThat(closure.status()).as(closure.toString()).isEqualTo(201);
		String businessKey = closure.json().path("businessKey").asText();
		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"},\"decisionBasis\":{\"value\":"
				+ "\"MAIN_LEADER_CONSENT\"},\"decisionReference\":{\"value\":\"局长签批〔2026〕12号\"}}");
		http.completeTask("city", businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		assertThat(http.get(null, "/api/notices").json().path("inForce").findValuesAsText("businessKey"))
			.contains(businessKey);

		// three days later an operator moves the timer to now (Cockpit: 修改到期时间) and it fires
		ClockUtil.setCurrentTime(Date.from(FRIDAY.plusDays(3).toInstant()));
		Job timer = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(closure.json().path("processInstanceId").asText())
			.timers()
			.singleResult();
		engine.getManagementService().setJobDuedate(timer.getId(), ClockUtil.getCurrentTime());
		engine.getManagementService().executeJob(timer.getId());

		var notices = http.get(null, "/api/notices").json();
		assertThat(notices.path("inForce").findValuesAsText("businessKey")).doesNotContain(businessKey);
		assertThat(notices.path("recent").findValuesAsText("businessKey")).contains(businessKey);
		assertThat(http.get(null, "/notices").text()).contains("已结束");

		http.completeTask(unit.applicant(), businessKey, "{\"platformClosedOn\":{\"value\":\"2026-09-21\"}}");
		http.completeTask(unit.applicant(), businessKey, "{\"certificationDeregisteredOn\":{\"value\":\"2026-09-21\"}}");
		http.completeTask("office", businessKey, "{\"filingUpdateNote\":{\"value\":\"已在两个备案系统标记关停\"}}");
		assertThat(http.get(unit.applicant(), "/api/new-media/accounts/" + accountId).json().path("status").asText())
			.isEqualTo("SHUT_DOWN");
		assertThat(http.get(null, "/api/notices").json().path("inForce").findValuesAsText("businessKey"))
			.doesNotContain(businessKey);
	}

}

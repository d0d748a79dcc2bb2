package cn.gov.cjqx.approval.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;
import cn.gov.cjqx.approval.website.WebsiteStatus;

/**
 * POST /api/procedures/{businessKey}/withdrawal before the first approver acts (BeforeFirstApproval): an opening, a
 * change and a takedown end as 已撤回 through their process's event subprocess; once a leader or an office has decided,
 * for another unit, for a leader, for an outage report, it is refused and nothing changes.
 */
@IntegrationTest
class WithdrawalApiTests {

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcedureRepository procedures;

	@Autowired
	HistoryService history;

	TestHttp http;

	TestUnit unit;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
	}

	@Test
	void shouldWithdrawAnOpeningBeforeTheLeadersDecideAndNotAfter() {
		String first = open();
		assertThat(withdraw(unit.leader(), first).status()).isEqualTo(403);
		assertThat(withdraw(scenario.newUnit().applicant(), first).status()).isEqualTo(403);
		assertThat(withdraw(unit.applicant(), first).status()).isEqualTo(204);
		assertWithdrawn(first);
		Response again = withdraw(unit.applicant(), first);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text()).contains("NOT_WITHDRAWABLE");

		String second = open();
		String minutes = http.postFile(unit.leader(), "/api/materials", "纪要.pdf", OpeningScenario.PDF).json().path("id").asText();
		http.completeTask(unit.leader(), second, "{\"decision\":{\"value\":\"approve\"},\"opinion\":{\"value\":\"同意\"},"
				+ "\"meetingDate\":{\"value\":\"2026-11-20\"},\"minutesMaterialId\":{\"value\":\"" + minutes
				+ "\"},\"mainLeaderConsent\":{\"value\":true}}");
		Response decided = withdraw(unit.applicant(), second);
		assertThat(decided.status()).isEqualTo(409);
		assertThat(decided.text()).contains("ALREADY_DECIDED").contains("审批人员已经办理");
		assertThat(procedure(second).getStatus()).isEqualTo(ProcedureStatus.RUNNING);
	}

	@Test
	void shouldWithdrawAChangeAndATakedownBeforeTheFirstDecision() {
		String changeKey = scenario.fileChange(http, unit);
		assertThat(withdraw(unit.applicant(), changeKey).status()).isEqualTo(204);
		assertWithdrawn(changeKey);

		long websiteId = scenario.newWebsite(unit);
		Response takedown = http.postJson(unit.applicant(), "/api/websites/" + websiteId + "/takedowns",
				"{\"reason\":\"改版\",\"plannedStart\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10)
						+ "\",\"plannedDays\":5}");
		assertThat(takedown.status()).as(takedown.toString()).isEqualTo(201);
		String takedownKey = takedown.json().path("businessKey").asText();
		assertThat(withdraw(unit.applicant(), takedownKey).status()).isEqualTo(204);
		assertWithdrawn(takedownKey);
		assertThat(scenario.websiteStatusOf(websiteId)).isEqualTo(WebsiteStatus.ONLINE);
	}

	@Test
	void shouldWithdrawAtTheCorrectionStepEvenAfterADecision() {
		long websiteId = scenario.newWebsite(unit);
		Response takedown = http.postJson(unit.applicant(), "/api/websites/" + websiteId + "/takedowns",
				"{\"reason\":\"改版\",\"plannedStart\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10)
						+ "\",\"plannedDays\":20}");
		String key = takedown.json().path("businessKey").asText();
		http.completeTask("office", key, "{\"decision\":{\"value\":\"return\"},\"opinion\":{\"value\":\"请压缩工期\"}}");
		assertThat(withdraw(unit.leader(), key).status()).isEqualTo(403);
		assertThat(withdraw(unit.applicant(), key).status()).isEqualTo(204);
		Procedure procedure = procedure(key);
		assertThat(procedure.getOutcome()).isEqualTo(Outcome.WITHDRAWN);
		// through the correction step's own 撤回申请, not the event subprocess
		assertThat(history.createHistoricActivityInstanceQuery()
			.processInstanceId(procedure.getProcessInstanceId())
			.activityId("EndEvent_Withdrawn")
			.count()).isEqualTo(1);
	}

	@Test
	void shouldNotWithdrawAnOutageReport() {
		long websiteId = scenario.newWebsite(unit);
		Response reported = http.postJson(unit.applicant(), "/api/websites/" + websiteId + "/outage-reports",
				"{\"cause\":\"FORCE_MAJEURE\",\"offlineSince\":\"2026-11-02T08:30:00+08:00\",\"description\":\"停电\"}");
		assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
		String key = reported.json().path("businessKey").asText();
		Response refused = withdraw(unit.applicant(), key);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text()).contains("NOT_WITHDRAWABLE");
		assertThat(procedure(key).getStatus()).isEqualTo(ProcedureStatus.RUNNING);
	}

	private String open() {
		Response started = http.postJson(unit.applicant(), "/api/new-media/openings",
				scenario.validFiling(unit).put("accountName", unit.shortName() + System.nanoTime() % 1000).toString());
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started.json().path("businessKey").asText();
	}

	private Response withdraw(String user, String businessKey) {
		return http.postJson(user, "/api/procedures/" + businessKey + "/withdrawal", "");
	}

	private void assertWithdrawn(String businessKey) {
		Procedure procedure = procedure(businessKey);
		assertThat(procedure.getStatus()).isEqualTo(ProcedureStatus.ENDED);
		assertThat(procedure.getOutcome()).isEqualTo(Outcome.WITHDRAWN);
		assertThat(history.createHistoricActivityInstanceQuery()
			.processInstanceId(procedure.getProcessInstanceId())
			.activityId("EndEvent_WithdrawnByApplicant")
			.count()).isEqualTo(1);
	}

	private Procedure procedure(String businessKey) {
		return procedures.findByBusinessKey(businessKey).orElseThrow();
	}

}

package cn.gov.cjqx.approval.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;
import cn.gov.cjqx.approval.takedown.TakedownProcess;

/**
 * POST /api/procedures/{businessKey}/correction (the portal's 重新提交 for a change, a closure or a takedown): completes
 * the correction task as the Tasklist form would — only its fields, plain text, the process's own checks — and refuses
 * anything else changing nothing.
 */
@IntegrationTest
class CorrectionApiTests {

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
	void aTakedownReturnedByTheOffice() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
		long websiteId = scenario.newWebsite(unit);
		Response takedown = http.postJson(unit.applicant(), "/api/websites/" + websiteId + "/takedowns",
				"{\"reason\":\"改版\",\"plannedStart\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10)
						+ "\",\"plannedDays\":20}");
		assertThat(takedown.status()).as(takedown.toString()).isEqualTo(201);
		businessKey = takedown.json().path("businessKey").asText();
		http.completeTask("office", businessKey,
				"{\"decision\":{\"value\":\"return\"},\"opinion\":{\"value\":\"下线时间过长，请压缩\"}}");
		assertThat(step()).isEqualTo(TakedownProcess.TASK_REVISE);
	}

	@Test
	void shouldResubmitTheCorrectedFieldsToTheOffice() {
		Response corrected = http.postJson(unit.applicant(), correction(), "{\"reason\":\"改版，压缩工期\",\"plannedDays\":7}");
		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
		assertThat(step()).isEqualTo(TakedownProcess.TASK_BUREAU_REVIEW);
		String instance = procedures.findByBusinessKey(businessKey).orElseThrow().getProcessInstanceId();
		assertThat(http.get("office", "/engine-rest/process-instance/" + instance + "/variables/plannedDays").text())
			.contains("7");
		assertThat(http.postJson(unit.applicant(), correction(), "{\"plannedDays\":5}").status()).isEqualTo(409);
	}

	@Test
	void shouldRefuseOtherFieldsMarkupRuleBreachesAndOthersChangingNothing() {
		assertThat(http.postJson(unit.applicant(), correction(), "{\"websiteId\":1}").text()).contains("VARIABLE_NOT_ALLOWED");
		assertThat(http.postJson(unit.applicant(), correction(), "{\"approvalDecision\":\"approve\"}").status())
			.isEqualTo(400);
		assertThat(http.postJson(unit.applicant(), correction(), "{\"reason\":\"<img src=x onerror=alert(1)>\"}").status())
			.isEqualTo(400);
		Response tooLong = http.postJson(unit.applicant(), correction(), "{\"plannedDays\":45}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.text()).contains("ART10_MAX_30_DAYS");
		assertThat(http.postJson(scenario.newUnit().applicant(), correction(), "{\"plannedDays\":5}").status())
			.isEqualTo(404);
		assertThat(http.postJson(unit.leader(), correction(), "{\"plannedDays\":5}").status()).isEqualTo(403);
		assertThat(step()).isEqualTo(TakedownProcess.TASK_REVISE);
	}

	private String correction() {
		return "/api/procedures/" + businessKey + "/correction";
	}

	private String step() {
		String instance = procedures.findByBusinessKey(businessKey).orElseThrow().getProcessInstanceId();
		return tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey();
	}

}

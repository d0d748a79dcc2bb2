package cn.gov.cjqx.approval.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * 驳回到指定节点 for a temporary takedown: a request the city office returns comes back to the city office once
 * revised, without a second review by the bureau office; one the bureau office returns comes back to the bureau office.
 */
@IntegrationTest
class TakedownReturnToStepTests {

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
	void requestATakedown() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
		long websiteId = scenario.newWebsite(unit);
		Response takedown = http.postJson(unit.applicant(), "/api/websites/" + websiteId + "/takedowns",
				"{\"reason\":\"改版\",\"plannedStart\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10)
						+ "\",\"plannedDays\":20}");
		assertThat(takedown.status()).as(takedown.toString()).isEqualTo(201);
		businessKey = takedown.json().path("businessKey").asText();
	}

	@Test
	void shouldBringACityReturnStraightBackToTheCityOffice() {
		decide("office", "approve", "同意");
		decide("city", "return", "下线时间过长，请压缩");
		assertThat(step()).isEqualTo(TakedownProcess.TASK_REVISE);

		revise();

		assertThat(step()).isEqualTo(TakedownProcess.TASK_CITY_APPROVAL);
		decide("city", "approve", "同意");
		assertThat(http.get(unit.applicant(), "/api/procedures/" + businessKey).json().path("approvals")
			.findValuesAsText("groupId")).containsExactly("bureau-office", "city-gov-office", "city-gov-office");
	}

	@Test
	void shouldBringABureauReturnBackToTheBureauOffice() {
		decide("office", "return", "下线时间过长，请压缩");

		revise();

		assertThat(step()).isEqualTo(TakedownProcess.TASK_BUREAU_REVIEW);
	}

	@Test
	void shouldRefuseAClientThatSaysWhereTheReturnCameFrom() {
		decide("office", "return", "下线时间过长，请压缩");
		Response forged = http.postJson(unit.applicant(), "/api/procedures/" + businessKey + "/correction",
				"{\"plannedDays\":7,\"returnedBy\":\"Task_CityGovApproval\"}");
		assertThat(forged.status()).as(forged.toString()).isEqualTo(400);
		assertThat(forged.text()).contains("VARIABLE_NOT_ALLOWED");
		assertThat(step()).isEqualTo(TakedownProcess.TASK_REVISE);
		revise();
		assertThat(step()).isEqualTo(TakedownProcess.TASK_BUREAU_REVIEW);
	}

	private void revise() {
		Response corrected = http.postJson(unit.applicant(), "/api/procedures/" + businessKey + "/correction",
				"{\"reason\":\"改版，压缩工期\",\"plannedDays\":7}");
		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
	}

	private void decide(String user, String decision, String opinion) {
		http.completeTask(user, businessKey,
				"{\"decision\":{\"value\":\"" + decision + "\"},\"opinion\":{\"value\":\"" + opinion + "\"}}");
	}

	private String step() {
		return tasks.createTaskQuery()
			.processInstanceId(procedures.findByBusinessKey(businessKey).orElseThrow().getProcessInstanceId())
			.singleResult()
			.getTaskDefinitionKey();
	}

}

package cn.gov.cjqx.approval.change;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * 驳回到指定节点 for a change: a request the bureau office or the city office returns comes back to that office once
 * corrected; the unit decides again only when the correction changed the basis or the document of its decision.
 */
@IntegrationTest
class ChangeReturnToStepTests {

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcedureRepository procedures;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	TestHttp http;

	TestUnit unit;

	String businessKey;

	@BeforeEach
	void requestARenameDecidedByTheUnit() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
		long accountId = scenario.giveActiveAccount(unit);
		Response started = http.postJson(unit.applicant(), "/api/new-media/accounts/" + accountId + "/changes",
				"{\"reason\":\"名称规范化\",\"decisionBasis\":\"COLLECTIVE_DECISION\",\"decisionReference\":\"党组会议纪要\","
						+ "\"accountName\":\"" + unit.shortName() + "天气\"}");
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		businessKey = started.json().path("businessKey").asText();
		decide(unit.leader(), "approve", "同意");
		assertThat(step()).isEqualTo(ChangeProcess.TASK_BUREAU_REVIEW);
	}

	@Test
	void shouldBringACityReturnStraightBackToTheCityOfficeWithoutANewUnitDecisionOrBureauReview() {
		decide("office", "approve", "同意");
		decide("city", "return", "请说明更名原因");

		correct("{\"reason\":\"按第十五条规范名称，须含单位简称\"}");

		assertThat(step()).isEqualTo(ChangeProcess.TASK_CITY_FILING);
		assertThat(http.get(unit.applicant(), "/api/procedures/" + businessKey).json().path("approvals")
			.findValuesAsText("groupId")).containsExactly("unit-leaders-" + unit.code(), "bureau-office", "city-gov-office");
	}

	@Test
	void shouldBringABureauReturnBackToTheBureauOffice() {
		decide("office", "return", "请说明更名原因");

		correct("{\"reason\":\"按第十五条规范名称，须含单位简称\"}");

		assertThat(step()).isEqualTo(ChangeProcess.TASK_BUREAU_REVIEW);
	}

	@Test
	void shouldAskTheUnitAgainWhenTheCorrectionChangesTheBasisOfItsDecision() {
		decide("office", "approve", "同意");
		decide("city", "return", "会议纪要编号不全");

		correct("{\"decisionReference\":\"党组会议纪要〔2026〕12号\"}");

		assertThat(step()).isEqualTo(ChangeProcess.TASK_UNIT_DECISION);
		assertThat((String) runtime.getVariable(processInstanceId(), ProcedureVariables.DECIDE_AGAIN_REASON.name()))
			.contains("会议纪要编号或主要领导签批文件");
		decide(unit.leader(), "approve", "同意");
		assertThat(step()).isEqualTo(ChangeProcess.TASK_BUREAU_REVIEW);
	}

	@Test
	void shouldRefuseAClientThatSaysWhereTheReturnCameFrom() {
		decide("office", "return", "请说明更名原因");
		Response forged = http.postJson(unit.applicant(), "/api/procedures/" + businessKey + "/correction",
				"{\"reason\":\"补充\",\"resumeAt\":\"Task_CityGovFiling\"}");
		assertThat(forged.status()).as(forged.toString()).isEqualTo(400);
		assertThat(forged.text()).contains("VARIABLE_NOT_ALLOWED");
		assertThat(step()).isEqualTo(ChangeProcess.TASK_CORRECT_CHANGE);
	}

	private void correct(String body) {
		Response corrected = http.postJson(unit.applicant(), "/api/procedures/" + businessKey + "/correction", body);
		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
	}

	private void decide(String user, String decision, String opinion) {
		http.completeTask(user, businessKey,
				"{\"decision\":{\"value\":\"" + decision + "\"},\"opinion\":{\"value\":\"" + opinion + "\"}}");
	}

	private String processInstanceId() {
		return procedures.findByBusinessKey(businessKey).orElseThrow().getProcessInstanceId();
	}

	private String step() {
		return tasks.createTaskQuery().processInstanceId(processInstanceId()).singleResult().getTaskDefinitionKey();
	}

}

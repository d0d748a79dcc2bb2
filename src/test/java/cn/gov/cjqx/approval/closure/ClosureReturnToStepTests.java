package cn.gov.cjqx.approval.closure;

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
 * 驳回到指定节点 for a closure: a request the city office returns comes back to the city office once revised; the unit
 * decides again only when the revision changed the kind or the reason, with its earlier basis and document filled in.
 */
@IntegrationTest
class ClosureReturnToStepTests {

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
	void requestAClosureDecidedByTheUnitAndReturnedByTheCity() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
		long accountId = scenario.giveActiveAccount(unit);
		Response started = http.postJson(unit.applicant(), "/api/new-media/accounts/" + accountId + "/closures",
				ClosureApiTests.SHUT_DOWN);
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		businessKey = started.json().path("businessKey").asText();
		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"},\"decisionBasis\":{\"value\":"
				+ "\"MAIN_LEADER_CONSENT\"},\"decisionReference\":{\"value\":\"局长签批〔2026〕12号\"}}");
		http.completeTask("city", businessKey,
				"{\"decision\":{\"value\":\"return\"},\"opinion\":{\"value\":\"请说明关停后信息发布渠道\"}}");
		assertThat(step()).isEqualTo(ClosureProcess.TASK_REVISE);
	}

	@Test
	void shouldBringACityReturnStraightBackToTheCityOfficeWithoutANewUnitDecision() {
		revise("{\"description\":\"业务调整，不再运营；信息改由局门户网站发布。\"}");

		assertThat(step()).isEqualTo(ClosureProcess.TASK_CITY_FILING);
		assertThat(http.get(unit.applicant(), "/api/procedures/" + businessKey).json().path("approvals")
			.findValuesAsText("groupId")).containsExactly("unit-leaders-" + unit.code(), "city-gov-office");
	}

	@Test
	void shouldAskTheUnitAgainWithItsEarlierBasisFilledInWhenTheRevisionChangesTheKind() {
		revise("{\"kind\":\"DEREGISTRATION\"}");

		assertThat(step()).isEqualTo(ClosureProcess.TASK_UNIT_DECISION);
		String instance = procedures.findByBusinessKey(businessKey).orElseThrow().getProcessInstanceId();
		assertThat(runtime.getVariable(instance, ClosureProcess.DECISION_BASIS.name())).isEqualTo("MAIN_LEADER_CONSENT");
		assertThat(runtime.getVariable(instance, ClosureProcess.DECISION_REFERENCE.name())).isEqualTo("局长签批〔2026〕12号");
		assertThat((String) runtime.getVariable(instance, ProcedureVariables.DECIDE_AGAIN_REASON.name()))
			.contains("关停或注销");
		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		assertThat(step()).isEqualTo(ClosureProcess.TASK_CITY_FILING);
	}

	@Test
	void shouldRefuseAClientThatSaysWhereTheReturnCameFrom() {
		Response forged = http.postJson(unit.applicant(), "/api/procedures/" + businessKey + "/correction",
				"{\"kind\":\"DEREGISTRATION\",\"returnedBy\":\"Task_CityGovFiling\"}");
		assertThat(forged.status()).as(forged.toString()).isEqualTo(400);
		assertThat(forged.text()).contains("VARIABLE_NOT_ALLOWED");
		assertThat(step()).isEqualTo(ClosureProcess.TASK_REVISE);
	}

	private void revise(String body) {
		Response revised = http.postJson(unit.applicant(), "/api/procedures/" + businessKey + "/correction", body);
		assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
	}

	private String step() {
		return tasks.createTaskQuery()
			.processInstanceId(procedures.findByBusinessKey(businessKey).orElseThrow().getProcessInstanceId())
			.singleResult()
			.getTaskDefinitionKey();
	}

}

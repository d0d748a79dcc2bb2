package cn.gov.cjqx.approval.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * 驳回到指定节点 (issue "The approvers' day", item 3): a filing the bureau office or the city office returns goes, once
 * corrected, straight back to the office that returned it; the unit decides again only when the correction changed
 * what it decided on, with its earlier meeting and minutes filled in.
 */
@IntegrationTest
class OpeningReturnToStepTests {

	static final ObjectMapper JSON = new ObjectMapper();

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

	@Autowired
	HistoryService history;

	TestHttp http;

	TestUnit unit;

	ObjectNode filing;

	String businessKey;

	String minutesId;

	@BeforeEach
	void submitAndDecideAsUnit() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
		filing = scenario.validFiling(unit);
		Response started = http.postJson(unit.applicant(), "/api/new-media/openings", filing.toString());
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		businessKey = started.json().path("businessKey").asText();
		minutesId = http.postFile(unit.leader(), "/api/materials", "党组会议纪要.pdf", OpeningScenario.PDF)
			.json()
			.path("id")
			.asText();
		http.completeTask(unit.leader(), businessKey,
				"{\"decision\":{\"value\":\"approve\"},\"opinion\":{\"value\":\"经党组会议集体研究同意\"},"
						+ "\"meetingDate\":{\"value\":\"2026-11-20\"},\"minutesMaterialId\":{\"value\":\"" + minutesId
						+ "\"},\"mainLeaderConsent\":{\"value\":true}}");
		assertThat(step()).isEqualTo(OpeningProcess.TASK_BUREAU_REVIEW);
	}

	@Test
	void shouldBringACityReturnStraightBackToTheCityOfficeWithoutANewUnitDecisionOrBureauReview() {
		decide("office", "approve", "材料齐全，同意");
		decide("city", "return", "请补充访问链接");
		assertThat(step()).isEqualTo(OpeningProcess.TASK_CORRECT_FILING);

		filing.put("accessUrl", "https://mp.weixin.qq.com/s/corrected");
		filing.put("hostContact", "0877-6911011");
		correct();

		assertThat(step()).isEqualTo(OpeningProcess.TASK_CITY_APPROVAL);
		decide("city", "approve", "同意开设");
		assertThat(step()).isEqualTo(OpeningProcess.TASK_RECORD_FILING_NUMBERS);
		assertThat(approvalGroups()).containsExactly("unit-leaders-" + unit.code(), "bureau-office", "city-gov-office",
				"city-gov-office");
	}

	@Test
	void shouldBringABureauReturnBackToTheBureauOffice() {
		decide("office", "return", "联系电话有误");
		assertThat(step()).isEqualTo(OpeningProcess.TASK_CORRECT_FILING);

		filing.put("hostContact", "0877-6911011");
		correct();

		assertThat(step()).isEqualTo(OpeningProcess.TASK_BUREAU_REVIEW);
		decide("office", "approve", "已更正，同意");
		assertThat(step()).isEqualTo(OpeningProcess.TASK_CITY_APPROVAL);
		assertThat(approvalGroups()).containsExactly("unit-leaders-" + unit.code(), "bureau-office", "bureau-office");
	}

	@Test
	void shouldAskTheLeadersAgainWithTheirEarlierMeetingFilledInWhenTheCorrectionChangesWhatTheyDecided() {
		decide("office", "approve", "材料齐全，同意");
		decide("city", "return", "账号名称不够规范");

		filing.put("accountName", unit.shortName() + "气象服务");
		correct();

		assertThat(step()).isEqualTo(OpeningProcess.TASK_UNIT_DECISION);
		String processInstanceId = processInstanceId();
		assertThat(runtime.getVariable(processInstanceId, OpeningProcess.MEETING_DATE.name())).isEqualTo("2026-11-20");
		assertThat(runtime.getVariable(processInstanceId, OpeningProcess.MINUTES_MATERIAL_ID.name())).isEqualTo(minutesId);
		assertThat(runtime.getVariable(processInstanceId, OpeningProcess.MAIN_LEADER_CONSENT.name())).isNull();
		assertThat((String) runtime.getVariable(processInstanceId, ProcedureVariables.DECIDE_AGAIN_REASON.name()))
			.contains("账号名称");
		// what the leaders' form shows
		JsonNode form = http.get(unit.leader(), "/engine-rest/task/" + taskId(unit.leader()) + "/form-variables").json();
		assertThat(form.path("meetingDate").path("value").asText()).isEqualTo("2026-11-20");
		assertThat(form.path("minutesMaterialId").path("value").asText()).isEqualTo(minutesId);

		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"},\"opinion\":{\"value\":"
				+ "\"同意更名\"},\"meetingDate\":{\"value\":\"2026-11-20\"},\"minutesMaterialId\":{\"value\":\""
				+ minutesId + "\"},\"mainLeaderConsent\":{\"value\":true}}");
		assertThat(step()).isEqualTo(OpeningProcess.TASK_BUREAU_REVIEW);
		assertThat(runtime.getVariable(processInstanceId, ProcedureVariables.DECIDE_AGAIN_REASON.name())).isNull();
	}

	@Test
	void shouldSendABureauReturnToTheLeadersWhenTheCorrectionChangedTheAccountsPositioning() {
		decide("office", "return", "请单位明确承办科室");
		filing.put("introduction", "发布天气预报、预警信息和防灾减灾知识。");
		correct();
		assertThat(step()).isEqualTo(OpeningProcess.TASK_UNIT_DECISION);
	}

	@Test
	void shouldRefuseAClientThatSendsWhereTheReturnCameFromAndChangeNothing() {
		decide("office", "return", "联系电话有误");
		String processInstanceId = processInstanceId();
		String correctionTask = "/engine-rest/task/" + taskId(unit.applicant());

		// the correction form's own fields (its lists are edited in the portal, not in this form), plus the forged one
		ObjectNode variables = restVariables(filing);
		variables.remove(java.util.List.of("columns", "administrators"));
		variables.putObject("correctionAction").put("value", "resubmit");
		variables.putObject(ProcedureVariables.RETURNED_BY.name()).put("value", OpeningProcess.TASK_CITY_APPROVAL);
		assertRefused(http.postJson(unit.applicant(), correctionTask + "/complete",
				"{\"variables\":" + variables + "}"));
		variables.remove(ProcedureVariables.RETURNED_BY.name());
		variables.putObject(ProcedureVariables.RESUME_AT.name()).put("value", OpeningProcess.TASK_CITY_APPROVAL);
		assertRefused(http.postJson(unit.applicant(), correctionTask + "/submit-form",
				"{\"variables\":" + variables + "}"));
		assertRefused(http.send(unit.applicant(), "PUT", correctionTask + "/variables/returnedBy", "application/json",
				"{\"value\":\"Task_CityGovApproval\"}".getBytes(), Map.of()));

		assertThat(step()).isEqualTo(OpeningProcess.TASK_CORRECT_FILING);
		assertThat(runtime.getVariable(processInstanceId, ProcedureVariables.RETURNED_BY.name()))
			.isEqualTo(OpeningProcess.TASK_BUREAU_REVIEW);
		assertThat(runtime.getVariable(processInstanceId, ProcedureVariables.RESUME_AT.name()))
			.isEqualTo(OpeningProcess.TASK_UNIT_DECISION);

		TestUnit other = scenario.newUnit();
		ObjectNode start = restVariables(scenario.validFiling(other));
		start.putObject(ProcedureVariables.RETURNED_BY.name()).put("value", OpeningProcess.TASK_CITY_APPROVAL);
		long instancesBefore = history.createHistoricProcessInstanceQuery().count();
		assertRefused(http.postJson(other.applicant(), "/engine-rest/process-definition/key/new-media-opening/start",
				"{\"variables\":" + start + "}"));
		assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
	}

	private void correct() {
		Response corrected = http.postJson(unit.applicant(), "/api/new-media/openings/" + businessKey + "/correction",
				filing.toString());
		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
		assertThat(corrected.json().path("violations")).isEmpty();
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

	private String taskId(String user) {
		JsonNode found = http.get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
		assertThat(found).as(user + " sees the task").hasSize(1);
		return found.get(0).path("id").asText();
	}

	private java.util.List<String> approvalGroups() {
		return http.get(unit.applicant(), "/api/procedures/" + businessKey).json().path("approvals")
			.findValuesAsText("groupId");
	}

	private static void assertRefused(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.violationCodes()).as(response.toString()).containsExactly("VARIABLE_NOT_ALLOWED");
		assertThat(response.json().path("detail").asText()).as("refused for the forged variable alone")
			.containsAnyOf(ProcedureVariables.RETURNED_BY.name(), ProcedureVariables.RESUME_AT.name())
			.doesNotContain("columns");
	}

	private static ObjectNode restVariables(ObjectNode filing) {
		ObjectNode variables = JSON.createObjectNode();
		for (Iterator<Map.Entry<String, JsonNode>> fields = filing.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			ObjectNode variable = variables.putObject(field.getKey());
			if (field.getValue().isContainerNode()) {
				variable.put("value", field.getValue().toString());
				variable.put("type", "Json");
			}
			else {
				variable.set("value", field.getValue());
			}
		}
		return variables;
	}

}

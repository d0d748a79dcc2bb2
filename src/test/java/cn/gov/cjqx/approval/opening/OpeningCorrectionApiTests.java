package cn.gov.cjqx.approval.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * POST /api/new-media/openings/{businessKey}/correction (the portal's 重新提交): completes 补正备案材料 with the corrected
 * filing as the unit's applicant; refused for anyone else, outside the correction step, or with another unit.
 */
@IntegrationTest
class OpeningCorrectionApiTests {

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcedureRepository procedures;

	@Autowired
	TaskService tasks;

	final ObjectMapper json = new ObjectMapper();

	TestHttp http;

	TestUnit unit;

	ObjectNode filing;

	String businessKey;

	@BeforeEach
	void fileWithOneColumnOnly() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
		filing = scenario.validFiling(unit);
		filing.set("columns", json.valueToTree(List.of(Map.of("level1", "信息发布"))));
		Response started = http.postJson(unit.applicant(), "/api/new-media/openings", filing.toString());
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		assertThat(started.text()).contains("ART15_COLUMNS");
		businessKey = started.json().path("businessKey").asText();
		assertThat(step()).isEqualTo(OpeningProcess.TASK_CORRECT_FILING);
	}

	@Test
	void shouldResubmitTheCorrectedFilingToTheUnitsLeaders() {
		filing.set("columns", json.valueToTree(List.of(Map.of("level1", "信息发布"), Map.of("level1", "互动交流"))));
		Response corrected = http.postJson(unit.applicant(), correction(), filing.toString());
		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
		assertThat(corrected.json().path("violations")).isEmpty();
		assertThat(step()).isEqualTo(OpeningProcess.TASK_UNIT_DECISION);
		assertThat(procedure().getViolations()).isEmpty();

		Response again = http.postJson(unit.applicant(), correction(), filing.toString());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text()).contains("NOT_IN_CORRECTION");
	}

	@Test
	void shouldTakeAnOpeningsCorrectionOnlyThroughItsOwnDoor() {
		Response generic = http.postJson(unit.applicant(), "/api/procedures/" + businessKey + "/correction",
				"{\"accountName\":\"" + unit.shortName() + "\"}");
		assertThat(generic.status()).isEqualTo(409);
		assertThat(step()).isEqualTo(OpeningProcess.TASK_CORRECT_FILING);
	}

	@Test
	void shouldKeepTheFilingInCorrectionWithWhatTheCheckStillFinds() {
		Response corrected = http.postJson(unit.applicant(), correction(), filing.toString());
		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
		assertThat(corrected.text()).contains("ART15_COLUMNS");
		assertThat(step()).isEqualTo(OpeningProcess.TASK_CORRECT_FILING);
	}

	@Test
	void shouldRefuseOthersAndChangeNothing() {
		filing.set("columns", json.valueToTree(List.of(Map.of("level1", "信息发布"), Map.of("level1", "互动交流"))));
		TestUnit other = scenario.newUnit();
		assertThat(http.postJson(other.applicant(), correction(), filing.toString()).status()).isEqualTo(404);
		assertThat(http.postJson(unit.leader(), correction(), filing.toString()).status()).isEqualTo(403);
		assertThat(http.postJson("office", correction(), filing.toString()).status()).isEqualTo(404);
		ObjectNode moved = filing.deepCopy();
		moved.put("unitCode", other.code());
		Response otherUnit = http.postJson(unit.applicant(), correction(), moved.toString());
		assertThat(otherUnit.status()).isEqualTo(400);
		ObjectNode markup = filing.deepCopy();
		markup.put("accountName", "<script>x</script>");
		assertThat(http.postJson(unit.applicant(), correction(), markup.toString()).status()).isEqualTo(400);
		assertThat(step()).isEqualTo(OpeningProcess.TASK_CORRECT_FILING);
		assertThat(procedure().getSubject()).isEqualTo(filing.path("accountName").asText());
	}

	@Test
	void shouldCheckAFilingBeforeItIsSubmittedWithoutStoringAnything() {
		TestUnit next = scenario.newUnit();
		ObjectNode draft = scenario.validFiling(next);
		draft.set("columns", json.valueToTree(List.of(Map.of("level1", "信息发布"))));
		long before = procedures.count();
		Response checked = http.postJson(next.applicant(), "/api/new-media/openings/check", draft.toString());
		assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
		assertThat(checked.json().path("violations").findValuesAsText("code")).containsExactly("ART15_COLUMNS");
		assertThat(checked.json().path("violations").get(0).path("forbidding").asBoolean()).isFalse();
		assertThat(checked.json().path("violations").get(0).path("message").asText()).contains("第十五条");
		assertThat(procedures.count()).isEqualTo(before);
		assertThat(http.postJson(unit.applicant(), "/api/new-media/openings/check", draft.toString()).status())
			.isEqualTo(403);
	}

	private String correction() {
		return "/api/new-media/openings/" + businessKey + "/correction";
	}

	private Procedure procedure() {
		return procedures.findByBusinessKey(businessKey).orElseThrow();
	}

	private String step() {
		return tasks.createTaskQuery().processInstanceId(procedure().getProcessInstanceId()).singleResult()
			.getTaskDefinitionKey();
	}

}

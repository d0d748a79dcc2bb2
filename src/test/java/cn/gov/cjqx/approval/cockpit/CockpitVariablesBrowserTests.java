package cn.gov.cjqx.approval.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.CockpitBrowser;
import cn.gov.cjqx.approval.support.CockpitBrowser.Variable;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TasklistBrowser;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * The operator (admin) looks at a closure in real Cockpit after the unit's decision: its 变量 tab shows enum values,
 * decisions and variable names by their Chinese labels (scripts/variable-labels.js, labels from GET /api/labels) and a
 * step's id by the step's name, the engine's value only in the title, and none of Cockpit's own English ("Actions",
 * "null", type names, true/false).
 */
@IntegrationTest
class CockpitVariablesBrowserTests {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	TestHttp http;

	@BeforeEach
	void setUp() {
		Assumptions.assumeTrue(TasklistBrowser.available(), "Chromium and chromedriver are not installed");
		http = new TestHttp(port);
	}

	@Test
	void shouldShowVariablesByTheirLabels() {
		TestUnit unit = scenario.newUnit();
		long accountId = scenario.giveActiveAccount(unit);
		Response closure = http.postJson(unit.applicant(), "/api/new-media/accounts/" + accountId + "/closures",
				"{\"kind\":\"SHUT_DOWN\",\"reason\":\"WORK_NEEDS\",\"description\":\"业务调整，不再运营。\"}");
		assertThat(closure.status()).as(closure.toString()).isEqualTo(201);
		http.completeTask(unit.leader(), closure.json().path("businessKey").asText(),
				"{\"decision\":{\"value\":\"approve\"},\"decisionBasis\":{\"value\":\"MAIN_LEADER_CONSENT\"},"
						+ "\"decisionReference\":{\"value\":\"局长签批〔2026〕12号\"}}");

		try (CockpitBrowser cockpit = new CockpitBrowser(port, SCREENSHOTS)) {
			cockpit.logIn("admin")
				.openVariables(closure.json().path("processInstanceId").asText())
				.waitForValue("resumeAt", "单位决定（集体研究或主要领导同意）")
				.screenshot("70-cockpit-closure-variables");
			Map<String, Variable> variables = cockpit.variables();

			assertThat(variables.get("kind")).as("kind in " + variables)
				.isEqualTo(new Variable("关停或注销", "kind", "文本", "关停", "SHUT_DOWN"));
			assertThat(variables.get("reason")).as("reason in " + variables)
				.isEqualTo(new Variable("原因", "reason", "文本", "因工作原因调整", "WORK_NEEDS"));
			assertThat(variables.get("approvalDecision")).as("approvalDecision in " + variables)
				.isEqualTo(new Variable("审批结论", "approvalDecision", "文本", "同意", "approve"));
			// the step's name in this process's diagram
			assertThat(variables.get("resumeAt").valueTitle()).isEqualTo("Task_UnitDecision");
			assertThat(variables.get("decisionBasis").value()).isEqualTo("主要领导同意");
			assertThat(variables.get("consolidateFirst")).as("consolidateFirst in " + variables)
				.isEqualTo(new Variable("先整合后关停", "consolidateFirst", "是/否", "否", "false"));

			String shown = cockpit.variablesTableText();
			assertThat(shown).contains("操作")
				.doesNotContain("SHUT_DOWN", "WORK_NEEDS", "MAIN_LEADER_CONSENT", "approve", "Task_", "Actions", "null",
						"String", "Boolean", "false");
			assertThat(cockpit.parentInstance()).isEqualTo("空");
			cockpit.hideDiagram().screenshot("71-cockpit-closure-variables-table");
		}
	}

}

package cn.gov.cjqx.approval.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TasklistBrowser;
import cn.gov.cjqx.approval.takedown.TakedownProcess;

/**
 * A clerk starts a procedure from Tasklist's start form (发起流程) in headless Chromium: the trust boundary lets the
 * form's own fields through, the initiator is the signed-in clerk and the business key the server's.
 */
@IntegrationTest
class StartFormInTasklistBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ProcedureRepository procedures;

	@BeforeEach
	void requireChromium() {
		Assumptions.assumeTrue(TasklistBrowser.available(), "Chromium and chromedriver are not installed");
	}

	@Test
	void shouldStartATakedownFromTheTasklistStartForm() {
		TestUnit unit = scenario.newUnit();
		long websiteId = scenario.newWebsite(unit);
		try (TasklistBrowser clerk = new TasklistBrowser(port, Path.of("target", "screenshots"))) {
			clerk.logIn(unit.applicant()).openStartForm("政府网站临时下线");
			clerk.fill("下线原因（整改内容等）", "网站改版整改")
				.fill("网站编号（政府网站台账中的编号）", String.valueOf(websiteId))
				.pickDate("计划下线日期", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10))
				.fill("计划下线天数（不超过 30 天）", "5")
				.screenshot("20-clerk-takedown-start-form")
				.start();
		}
		Procedure procedure = procedures.findAll()
			.stream()
			.filter(p -> Long.valueOf(websiteId).equals(p.getWebsiteId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no procedure for the website: the start was refused"));
		ProcessInstance instance = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(procedure.getProcessInstanceId())
			.singleResult();
		assertThat(procedure.getBusinessKey()).matches("WZ-XX-\\d{4}-\\d{4}").isEqualTo(instance.getBusinessKey());
		assertThat(procedure.getApplicantId()).isEqualTo(unit.applicant());
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
			.isEqualTo(TakedownProcess.TASK_BUREAU_REVIEW);
	}

}

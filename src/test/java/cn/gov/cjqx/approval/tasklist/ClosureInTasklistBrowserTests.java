package cn.gov.cjqx.approval.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TasklistBrowser;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * A closure walked through real Tasklist by the unit's leader, the city office, the unit's clerk and the bureau
 * office, from the unit's decision to the account's shutdown, each page checked for English and ids as in the
 * opening's walk. The 15-working-day notice is cut short the way an operator would (its timer fired in Cockpit).
 */
@IntegrationTest
class ClosureInTasklistBrowserTests {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ManagementService management;

	TestHttp http;

	final Map<String, Set<String>> foreign = new LinkedHashMap<>();

	@BeforeEach
	void setUp() {
		Assumptions.assumeTrue(TasklistBrowser.available(), "Chromium and chromedriver are not installed");
		http = new TestHttp(port);
	}

	@Test
	void shouldWalkAClosureThroughTasklistToShutDown() {
		TestUnit unit = scenario.newUnit();
		long accountId = scenario.giveActiveAccount(unit);
		Response closure = http.postJson(unit.applicant(), "/api/new-media/accounts/" + accountId + "/closures",
				"{\"kind\":\"SHUT_DOWN\",\"reason\":\"WORK_NEEDS\",\"description\":\"业务调整，不再运营。\"}");
		assertThat(closure.status()).as(closure.toString()).isEqualTo(201);
		String processInstanceId = closure.json().path("processInstanceId").asText();
		LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();

		try (TasklistBrowser leader = new TasklistBrowser(port, SCREENSHOTS)) {
			leader.logIn(unit.leader()).openGroupTask("单位决定（集体研究或主要领导同意）");
			look(leader, "单位决定");
			leader.choose("主要领导同意")
				.fill("会议纪要编号或签批文件", "局长签批〔2026〕12号")
				.choose("同意")
				.screenshot("09-leader-closure-decision")
				.complete();
		}
		try (TasklistBrowser city = new TasklistBrowser(port, SCREENSHOTS)) {
			city.logIn("city").openGroupTask("市政府办公室备案");
			look(city, "市政府办公室备案");
			city.choose("同意").fill("审批意见", "同意备案").complete();
		}
		Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
		management.setJobDuedate(timer.getId(), ClockUtil.getCurrentTime());
		management.executeJob(timer.getId());

		try (TasklistBrowser clerk = new TasklistBrowser(port, SCREENSHOTS)) {
			clerk.logIn(unit.applicant()).openGroupTask("在平台关停账号");
			look(clerk, "在平台关停账号");
			clerk.pickDate("平台关停/注销日期", today).complete();
		}
		try (TasklistBrowser clerk = new TasklistBrowser(port, SCREENSHOTS)) {
			clerk.logIn(unit.applicant()).openGroupTask("注销认证信息");
			look(clerk, "注销认证信息");
			clerk.pickDate("认证注销日期", today).complete();
		}
		try (TasklistBrowser office = new TasklistBrowser(port, SCREENSHOTS)) {
			office.logIn("office").openGroupTask("更新全国及玉溪备案");
			look(office, "更新全国及玉溪备案");
			office.fill("更新情况（日期、操作人、系统回执编号等）", "已在两个备案系统标记关停")
				.screenshot("10-office-closure-filings")
				.complete();
		}

		assertThat(foreign.values().stream().flatMap(Set::stream).toList())
			.as("English or ids that the people saw, per step: " + foreign)
			.isEmpty();
		assertThat(scenario.statusOf(accountId)).isEqualTo(AccountStatus.SHUT_DOWN);
	}

	private void look(TasklistBrowser browser, String step) {
		Set<String> words = browser.foreignWords(OpeningInTasklistBrowserTests.ALLOWED);
		if (!words.isEmpty()) {
			foreign.put(step, words);
		}
	}

}

package cn.gov.cjqx.approval.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.PortalBrowser;
import cn.gov.cjqx.approval.support.TasklistBrowser;
import cn.gov.cjqx.approval.support.TestHttp;

/**
 * 消息 as people meet it: the unit leader finds a new filing in the portal's header and in Tasklist's, opens it from
 * the list and lands on the task in Tasklist; the clerk reads that the procedure ended.
 */
@IntegrationTest
class MessagesBrowserTests {

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
	void shouldShowANewTaskInBothHeadersAndAnEndedProcedureToTheClerk() {
		TestUnit unit = scenario.newUnit();
		String businessKey = scenario.fileChange(http, unit);

		try (TasklistBrowser tasklist = new TasklistBrowser(port, SCREENSHOTS)) {
			assertThat(tasklist.logIn(unit.leader()).messagesLink()).isEqualTo("消息1 http://localhost:" + port
					+ "/portal/messages");
			tasklist.screenshot("50-tasklist-messages-link");
		}
		try (PortalBrowser leader = new PortalBrowser(port, SCREENSHOTS)) {
			leader.logIn(unit.leader()).follow("消息1");
			assertThat(leader.text()).contains("【待办】政务新媒体变更", "单位决定", businessKey, "未读");
			leader.screenshot("49-portal-messages");
			assertThat(leader.accessibilityProblems()).isEmpty();
			String task = http.get(unit.leader(), "/api/messages").json().path("messages").get(0).path("link").asText();
			assertThat(task).as("the message leads to the step in Tasklist").startsWith("/camunda/app/tasklist/default/#/?task=");
			// this browser is not signed in to Tasklist, which may already have moved on to its login page
			leader.pressStartingWith("【待办】").waitForUrl("/camunda/app/tasklist/default/#/");
			assertThat(leader.url()).satisfiesAnyOf(url -> assertThat(url).endsWith(task),
					url -> assertThat(url).endsWith("/camunda/app/tasklist/default/#/login"));
			leader.open("/portal/messages");
			assertThat(leader.text()).doesNotContain("未读");
		}

		assertThat(http.postJson(unit.applicant(), "/api/procedures/" + businessKey + "/withdrawal", "").status())
			.isLessThan(300);
		try (PortalBrowser clerk = new PortalBrowser(port, SCREENSHOTS)) {
			clerk.logIn(unit.applicant()).follow("消息1");
			assertThat(clerk.text()).contains("【办结】政务新媒体变更", "已撤回");
			clerk.pressStartingWith("【办结】").waitForUrl("/portal/procedures/");
			assertThat(clerk.url()).endsWith("/portal/procedures/" + businessKey);
		}
	}

}

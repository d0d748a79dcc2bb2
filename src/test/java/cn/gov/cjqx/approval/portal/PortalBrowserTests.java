package cn.gov.cjqx.approval.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.PortalBrowser;
import cn.gov.cjqx.approval.support.TasklistBrowser;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * A clerk files from the applicants' portal in headless Chromium, with real files chosen in the file inputs, and
 * follows the procedure in 我的申请; the approvers act through the engine's REST API as Tasklist does for them.
 * Screenshots of each page go to target/screenshots (the README shows them).
 */
@IntegrationTest
class PortalBrowserTests {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static Path files;

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	TaskService tasks;

	TestHttp http;

	@BeforeAll
	static void materialsOnDisk() throws IOException {
		files = Files.createTempDirectory("portal-materials");
		for (String name : List.of("备案登记表.pdf", "人员设备情况.pdf", "审核机制.pdf", "安全运维.pdf", "地图使用情况.pdf",
				"名称版面设计.pdf")) {
			Files.write(files.resolve(name), OpeningScenario.PDF);
		}
		Files.writeString(files.resolve("说明.exe"), "MZ not a document");
	}

	@BeforeEach
	void setUp() {
		Assumptions.assumeTrue(TasklistBrowser.available(), "Chromium and chromedriver are not installed");
		http = new TestHttp(port);
	}

	@Test
	void shouldFileAnOpeningWithRealUploadsAndFollowItToActive() {
		TestUnit unit = scenario.newUnit();
		String businessKey;
		int actions;
		try (PortalBrowser clerk = new PortalBrowser(port, SCREENSHOTS)) {
			clerk.logIn(unit.applicant()).screenshot("30-portal-my-procedures-empty");
			assertThat(clerk.text()).contains("本单位还没有提交过申请");
			clerk.follow("我要办理").follow("政务新媒体开设备案");
			int before = clerk.actions();
			clerk.fill("账号名称", unit.shortName() + "发布")
				.select("发布平台", "微信订阅号")
				.choose("是否已通过平台认证", "是")
				.fill("主管单位", "澄江市气象局办公室")
				.fill("主办单位分管领导及职务", "王强 副主任")
				.fill("主办单位联系电话及方式", "0877-6911010")
				.choose("是否取得互联网新闻信息服务资质", "否")
				.choose("是否委托其他专门机构承办", "否")
				.fillInRow("栏目 1", "一级菜单", "信息发布")
				.fillInRow("管理员 1", "姓名", "李华")
				.fillInRow("管理员 1", "手机号码", "13800002222")
				.choose("是否为重大活动或专项工作开设", "否")
				.choose("是否从事互联网新闻信息服务或传播网络视听节目", "否")
				.choose("是否使用地图", "否");
			// Article 17 asks for (六) whether maps are used or not: without maps, the page says what it then holds
			assertThat(clerk.text()).contains("不使用地图的，（六）地图使用情况也须提交");
			// a file of a type the rules refuse is stopped before upload, with a Chinese message next to it
			clerk.attach("（一）《云南省政务新媒体备案登记表》", files.resolve("说明.exe"));
			assertThat(clerk.fieldErrors()).anySatisfy(error -> assertThat(error).contains("说明.exe").contains("类型不能上传"));
			clerk.attach("（一）《云南省政务新媒体备案登记表》", files.resolve("备案登记表.pdf"))
				.attach("（三）人员管理、设备配置使用情况", files.resolve("人员设备情况.pdf"))
				.attach("（四）信息发布审核机制", files.resolve("审核机制.pdf"))
				.attach("（五）安全运维情况", files.resolve("安全运维.pdf"))
				.attach("（六）地图使用情况", files.resolve("地图使用情况.pdf"))
				.attach("（七）政务新媒体的名称、实名认证、版面栏目设计情况", files.resolve("名称版面设计.pdf"))
				.submit("提交备案");
			// the rules speak before anything is filed: one column only is a finding of Article 15, next to the list
			assertThat(clerk.url()).contains("/portal/new/opening");
			assertThat(clerk.text()).contains("规则检查发现以下问题").contains("栏目设置应至少包括").contains("第十五条")
				.doesNotContain("ART15_");
			clerk.screenshot("39-portal-opening-findings-before-submission");
			clerk.press("添加栏目")
				.fillInRow("栏目 2", "一级菜单", "互动交流")
				.press("预览备案登记表（Word）");
			assertThat(clerk.fieldErrors()).isEmpty();
			clerk.fullScreenshot("31-portal-opening-filled").submit("提交备案");
			// the refused file, the early 提交 and the preview are not part of a clerk's filing
			actions = clerk.actions() - before - 3;
			assertThat(clerk.url()).as(clerk.text()).contains("/portal/procedures/");
			businessKey = clerk.url().replaceAll(".*/portal/procedures/([^?]+).*", "$1");
			assertThat(clerk.text()).contains(businessKey).contains("单位集体研究决定").contains(unit.fullName() + "单位领导")
				.doesNotContain("unit-leaders-")
				.contains("（四）信息发布审核机制").contains("审核机制.pdf");
			// the diagram takes the width of the window (1280 px), not the text column's, and keeps the bpmn.io logo
			var diagram = clerk.diagram();
			assertThat(((Number) diagram.get("width")).doubleValue()).as("diagram width").isGreaterThan(1100);
			assertThat(((Number) diagram.get("height")).doubleValue()).as("diagram height").isGreaterThanOrEqualTo(420);
			assertThat(diagram.get("logo")).as("bpmn.io logo shown").isEqualTo(true);
			assertThat(clerk.horizontalOverflow()).as("wider than the window").isFalse();
			clerk.fullScreenshot("32-portal-procedure-submitted");
			assertThat(clerk.accessibilityProblems()).isEmpty();
		}
		// README, 办事入口: the actions of this filing, from the empty form to 提交备案 (six materials)
		System.out.println("portal opening filing: " + actions + " actions");
		assertThat(actions).as("actions of the filing").isLessThan(25);
		JsonNode filed = http.get(unit.applicant(), "/api/procedures/" + businessKey).json();
		assertThat(filed.path("subject").asText()).contains(unit.shortName() + "发布");

		decideAsUnit(unit, businessKey);
		http.completeTask("office", businessKey,
				"{\"decision\":{\"value\":\"return\"},\"opinion\":{\"value\":\"请补充账号基本情况简介\"}}");
		try (PortalBrowser clerk = new PortalBrowser(port, SCREENSHOTS)) {
			clerk.logIn(unit.applicant()).follow(businessKey).waitForText("需要补正");
			clerk.follow("去补正").waitForText("请补充账号基本情况简介");
			// the filing as it stands: fields, rows and materials
			assertThat(clerk.value("账号名称")).isEqualTo(unit.shortName() + "发布");
			assertThat(clerk.text()).contains("已上传：备案登记表.pdf").contains("栏目 2");
			clerk.fill("账号基本情况简介", "发布澄江天气预报、灾害性天气预警和气象科普。")
				.fullScreenshot("38-portal-correction")
				.submit("重新提交");
			assertThat(clerk.url()).as(clerk.text()).contains("/portal/procedures/" + businessKey);
			assertThat(clerk.text()).contains("单位集体研究决定").doesNotContain("去补正");
		}
		approve(unit, businessKey);

		try (PortalBrowser clerk = new PortalBrowser(port, SCREENSHOTS)) {
			clerk.logIn(unit.applicant());
			assertThat(clerk.text()).contains(businessKey).contains("通过");
			clerk.follow(businessKey).waitForText("审批记录");
			assertThat(clerk.text()).contains("王主任（局办公室）").contains("赵科长（市政府办公室）").contains("同意开设");
			clerk.fullScreenshot("33-portal-procedure-approved");
		}
		try (PortalBrowser phone = new PortalBrowser(port, SCREENSHOTS, 390, 844)) {
			phone.logIn(unit.applicant()).screenshot("36-portal-my-procedures-phone");
			assertThat(phone.horizontalOverflow()).as("wider than the phone").isFalse();
			phone.follow(businessKey).waitForText("审批记录").screenshot("37-portal-procedure-phone");
			assertThat(phone.horizontalOverflow()).as("wider than the phone").isFalse();
		}
		assertThat(scenario.statusOf(http.get(unit.applicant(), "/api/new-media/accounts").json().get(0).path("id").asLong()))
			.isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void shouldWithdrawAClosureDuringItsNoticeAndShowNothingToAnotherUnit() {
		TestUnit unit = scenario.newUnit();
		long accountId = scenario.giveActiveAccount(unit);
		String businessKey;
		try (PortalBrowser clerk = new PortalBrowser(port, SCREENSHOTS)) {
			clerk.open("/portal/login").screenshot("29-portal-login");
			assertThat(clerk.accessibilityProblems()).isEmpty();
			clerk.logIn(unit.applicant());
			// keyboard: the skip link first, then the menu, then the page
			assertThat(clerk.tabThrough(3)).startsWith("跳到正文");
			clerk.follow("我要办理").follow("政务新媒体关停/注销");
			clerk.submit("提交申请");
			assertThat(clerk.fieldErrors()).contains("请选择要关停或注销的账号");
			clerk.select("账号", unit.shortName() + "微博（新浪微博）").submit("提交申请");
			assertThat(clerk.fieldErrors()).anySatisfy(error -> assertThat(error).contains("请选择关停"));
			clerk.choose("关停还是注销", "关停")
				.select("原因", "因工作原因调整")
				.fill("情况说明", "工作调整，账号内容并入局官方微博。")
				.screenshot("34-portal-closure-filled")
				.submit("提交申请");
			assertThat(clerk.url()).as(clerk.text()).contains("/portal/procedures/");
			businessKey = clerk.url().replaceAll(".*/portal/procedures/([^?]+).*", "$1");
			assertThat(clerk.accessibilityProblems()).isEmpty();
		}
		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"},\"decisionBasis\":{\"value\":"
				+ "\"MAIN_LEADER_CONSENT\"},\"decisionReference\":{\"value\":\"局长签批〔2026〕12号\"}}");
		http.completeTask("city", businessKey, "{\"decision\":{\"value\":\"approve\"}}");

		try (PortalBrowser clerk = new PortalBrowser(port, SCREENSHOTS)) {
			clerk.logIn(unit.applicant()).follow(businessKey).waitForText("公示中");
			clerk.fullScreenshot("35-portal-closure-notice");
			clerk.press("撤回").confirm().waitForState("已撤回");
			assertThat(clerk.text()).doesNotContain("公示中");
		}
		assertThat(scenario.statusOf(accountId)).isEqualTo(AccountStatus.ACTIVE);
		assertThat(http.get(unit.applicant(), "/api/procedures/" + businessKey).json().path("outcome").asText())
			.isEqualTo("WITHDRAWN");

		TestUnit other = scenario.newUnit();
		try (PortalBrowser stranger = new PortalBrowser(port, SCREENSHOTS)) {
			stranger.logIn(other.applicant());
			assertThat(stranger.text()).doesNotContain(businessKey).contains("本单位还没有提交过申请");
			stranger.open("/portal/procedures/" + businessKey);
			assertThat(stranger.text()).contains("未找到该事项，或它不属于本单位").doesNotContain(unit.shortName());
			stranger.open("/portal/new/closure");
			assertThat(stranger.text()).contains("本单位没有正常运行的政务新媒体账号").doesNotContain(unit.shortName());
		}
	}

	@Test
	void shouldFileAChangeATakedownAndAnOutageReportFromThePortal() {
		TestUnit unit = scenario.newUnit();
		scenario.giveActiveAccount(unit);
		scenario.newWebsite(unit);
		scenario.newWebsite(unit);
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
		try (PortalBrowser clerk = new PortalBrowser(port, SCREENSHOTS)) {
			clerk.logIn(unit.applicant()).follow("我要办理").follow("政务新媒体变更");
			clerk.select("账号", unit.shortName() + "微博（新浪微博）")
				.fill("变更原因", "分管领导调整")
				.choose("决定依据", "主要领导同意")
				.fill("会议纪要编号或主要领导签批文件", "局长签批〔2026〕31号")
				.fill("主办单位分管领导及职务", "李明 副主任")
				.screenshot("40-portal-change-filled")
				.submit("提交变更");
			assertThat(clerk.url()).as(clerk.text()).contains("/portal/procedures/XMT-BG-");
			assertThat(clerk.accessibilityProblems()).isEmpty();
			// the leaders let the decision run past its due date: on a working day the clerk urges them, once
			String changeKey = clerk.url().replaceAll(".*/portal/procedures/([^?]+).*", "$1");
			ClockUtil.setCurrentTime(java.util.Date.from(java.time.OffsetDateTime.parse("2026-12-03T10:00:00+08:00").toInstant()));
			try {
				Task decision = tasks.createTaskQuery().processInstanceBusinessKey(changeKey).singleResult();
				tasks.setDueDate(decision.getId(), java.util.Date.from(java.time.OffsetDateTime.parse("2026-12-02T18:00:00+08:00").toInstant()));
				clerk.open("/portal/procedures/" + changeKey).waitForText("已逾期");
				clerk.press("催办").waitForText("催办：" + decision.getName());
				clerk.fullScreenshot("43-portal-change-urged");
				assertThat(clerk.hasButton("催办")).as("urged today already").isFalse();
				assertThat(tasks.getTaskComments(decision.getId())).singleElement()
					.satisfies(comment -> assertThat(comment.getFullMessage()).startsWith("【催办】"));
			}
			finally {
				ClockUtil.reset();
			}

			clerk.follow("我要办理").follow("政府网站临时下线");
			String website = clerk.firstOption("网站");
			clerk.select("网站", website)
				.fill("下线原因（整改内容等）", "网站改版整改")
				.setDate("计划下线日期", now.toLocalDate().plusDays(10).toString())
				.fill("计划下线天数", "31")
				.submit("提交申请");
			assertThat(clerk.fieldErrors()).anySatisfy(error -> assertThat(error).contains("30"));
			clerk.fill("计划下线天数", "5").screenshot("41-portal-takedown-filled").submit("提交申请");
			assertThat(clerk.url()).as(clerk.text()).contains("/portal/procedures/WZ-XX-");
			// before the bureau office acts, the clerk can still take it back
			clerk.press("撤回").confirm().waitForState("已撤回");
			assertThat(clerk.hasButton("撤回")).isFalse();

			clerk.follow("我要办理").follow("网站断电断网/责令关停报备");
			clerk.select("网站", clerk.lastOption("网站"))
				.choose("原因", "不可抗因素导致长时间断电、断网")
				.setDate("断网或关停的开始时间", now.minusHours(2).withSecond(0).withNano(0).toString().substring(0, 16))
				.fill("情况说明", "机房所在片区停电，预计今晚恢复。")
				.screenshot("42-portal-outage-filled")
				.submit("提交报备");
			assertThat(clerk.url()).as(clerk.text()).contains("/portal/procedures/WZ-BB-");

			clerk.follow("我的申请");
			assertThat(clerk.text()).contains("政务新媒体变更").contains("政府网站临时下线").contains("网站断电断网/责令关停报备");
			clerk.screenshot("44-portal-my-procedures");
			assertThat(clerk.accessibilityProblems()).isEmpty();
		}
	}

	@Test
	void shouldListEveryMissingFieldOfAnEmptyFormAtOnce() {
		TestUnit unit = scenario.newUnit();
		scenario.giveActiveAccount(unit);
		scenario.newWebsite(unit);
		try (PortalBrowser clerk = new PortalBrowser(port, SCREENSHOTS)) {
			clerk.logIn(unit.applicant()).follow("我要办理").follow("政务新媒体变更").submit("提交变更");
			assertThat(clerk.fieldErrors()).containsExactly("请选择要变更的账号", "请填写变更原因", "请选择决定依据",
					"请填写会议纪要编号或主要领导签批文件");
			assertThat(clerk.summary()).hasSize(4);

			clerk.follow("我要办理").follow("政务新媒体关停/注销").submit("提交申请");
			assertThat(clerk.fieldErrors()).containsExactly("请选择要关停或注销的账号", "请选择关停还是注销", "请选择原因",
					"请填写情况说明");
			// each message in the summary names its field
			assertThat(clerk.summary()).containsExactly("请选择要关停或注销的账号", "请选择关停还是注销", "请选择原因",
					"请填写情况说明");

			clerk.follow("我要办理").follow("政府网站临时下线").submit("提交申请");
			assertThat(clerk.fieldErrors()).containsExactly("请选择要临时下线的网站", "请填写下线原因（整改内容等）",
					"请选择计划下线日期", "请填写计划下线天数");
			clerk.screenshot("47-portal-takedown-empty-form");
			assertThat(clerk.accessibilityProblems()).isEmpty();
		}
	}

	@Test
	void shouldShowTheRulesFindingsOfAChangeBeforeFilingIt() {
		TestUnit unit = scenario.newUnit();
		scenario.giveActiveAccount(unit);
		try (PortalBrowser clerk = new PortalBrowser(port, SCREENSHOTS)) {
			clerk.logIn(unit.applicant()).follow("我要办理").follow("政务新媒体变更");
			clerk.select("账号", unit.shortName() + "微博（新浪微博）")
				.fill("变更原因", "名称更贴近服务内容")
				.choose("决定依据", "单位集体研究")
				.fill("会议纪要编号或主要领导签批文件", "党组会议纪要〔2026〕9号")
				.fill("新的账号名称", "天气早知道")
				.submit("提交变更");
			// Article 15 speaks before anything is filed, next to the field; the code stays in the API
			assertThat(clerk.url()).contains("/portal/new/change");
			assertThat(clerk.text()).contains("规则检查发现以下问题").contains("再按一次“提交变更”").contains("第十五条")
				.doesNotContain("ART15_");
			assertThat(clerk.fieldErrors()).singleElement().asString().contains(unit.shortName());
			clerk.fullScreenshot("46-portal-change-findings-before-submission");
			assertThat(clerk.accessibilityProblems()).isEmpty();
			// pressed again, the change is filed as it is and goes to correction
			clerk.submit("提交变更");
			assertThat(clerk.url()).as(clerk.text()).contains("/portal/procedures/XMT-BG-");
			clerk.waitForText("需要补正");
		}
	}

	/**
	 * A closure filed with the keyboard only, from signing in to the confirmation: Tab, Shift+Tab, typing, Space,
	 * Enter and the arrow keys of a drop-down. Every control that takes the focus shows it and has a name.
	 */
	@Test
	void shouldFileAClosureWithTheKeyboardOnly() {
		TestUnit unit = scenario.newUnit();
		scenario.giveActiveAccount(unit);
		List<PortalBrowser.Focus> focused = new java.util.ArrayList<>();
		try (PortalBrowser clerk = new PortalBrowser(port, SCREENSHOTS)) {
			clerk.open("/portal/login");
			focused.addAll(clerk.tabTo("用户名"));
			clerk.keys(unit.applicant());
			focused.addAll(clerk.tabTo("密码"));
			clerk.keys(TestHttp.passwordOf(unit.applicant()), org.openqa.selenium.Keys.ENTER).waitForHeading("我的申请");

			focused.addAll(clerk.tabTo("我要办理"));
			clerk.keys(org.openqa.selenium.Keys.ENTER);
			focused.addAll(clerk.tabTo("政务新媒体关停/注销"));
			clerk.keys(org.openqa.selenium.Keys.ENTER).waitForHeading("政务新媒体关停/注销");

			focused.addAll(clerk.tabTo("账号"));
			clerk.keys(org.openqa.selenium.Keys.ARROW_DOWN);
			focused.addAll(clerk.tabTo("关停"));
			clerk.keys(org.openqa.selenium.Keys.SPACE);
			focused.addAll(clerk.tabTo("原因"));
			clerk.keys(org.openqa.selenium.Keys.ARROW_DOWN);
			focused.addAll(clerk.tabTo("情况说明"));
			clerk.keys("工作调整，账号内容并入局官方微博。");
			focused.addAll(clerk.tabTo("提交申请"));
			// back once to look again, then on to the button
			focused.addAll(clerk.tabTo("情况说明", true));
			focused.addAll(clerk.tabTo("提交申请"));
			clerk.screenshot("48-portal-closure-keyboard");
			clerk.keys(org.openqa.selenium.Keys.ENTER).waitForText("已提交");
			assertThat(clerk.url()).as(clerk.text()).contains("/portal/procedures/XMT-");
			assertThat(clerk.text()).contains("关停").contains(unit.shortName() + "微博");
		}
		System.out.println("keyboard walk: " + focused);
		assertThat(focused).isNotEmpty().allSatisfy(focus -> {
			assertThat(focus.name()).as("accessible name of %s", focus).isNotBlank();
			assertThat(focus.visible()).as("visible focus on %s", focus).isTrue();
		});
	}

	@Test
	void shouldCorrectAReturnedTakedownInThePortal() {
		TestUnit unit = scenario.newUnit();
		long websiteId = scenario.newWebsite(unit);
		Response filed = http.postJson(unit.applicant(), "/api/websites/" + websiteId + "/takedowns",
				"{\"reason\":\"网站改版\",\"plannedStart\":\"" + LocalDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(10)
						+ "\",\"plannedDays\":20}");
		String businessKey = filed.json().path("businessKey").asText();
		http.completeTask("office", businessKey,
				"{\"decision\":{\"value\":\"return\"},\"opinion\":{\"value\":\"下线时间过长，请压缩到一周\"}}");
		try (PortalBrowser clerk = new PortalBrowser(port, SCREENSHOTS)) {
			clerk.logIn(unit.applicant()).follow(businessKey).waitForText("需要补正");
			clerk.follow("去补正").waitForText("下线时间过长，请压缩到一周");
			assertThat(clerk.value("下线原因（整改内容等）")).isEqualTo("网站改版");
			assertThat(clerk.value("计划下线天数")).isEqualTo("20");
			assertThat(clerk.hasButton("撤回申请")).isTrue();
			assertThat(clerk.accessibilityProblems()).isEmpty();
			clerk.fill("计划下线天数", "7").screenshot("45-portal-takedown-correction").submit("重新提交");
			assertThat(clerk.url()).as(clerk.text()).endsWith("/portal/procedures/" + businessKey + "?submitted");
			assertThat(clerk.text()).contains("局办公室审核").doesNotContain("去补正");
		}
	}

	/** The unit's leaders, the bureau office and the city government office approve; the office enters the numbers. */
	private void approve(TestUnit unit, String businessKey) {
		decideAsUnit(unit, businessKey);
		http.completeTask("office", businessKey, "{\"decision\":{\"value\":\"approve\"},\"opinion\":{\"value\":\"材料齐全\"}}");
		http.completeTask("city", businessKey, "{\"decision\":{\"value\":\"approve\"},\"opinion\":{\"value\":\"同意开设\"}}");
		http.completeTask("office", businessKey, "{\"nationalFilingNo\":{\"value\":\"GWXMT-530421-0301\"},"
				+ "\"yuxiFilingNo\":{\"value\":\"YX-2026-0301\"}}");
	}

	private void decideAsUnit(TestUnit unit, String businessKey) {
		String minutes = http.postFile(unit.leader(), "/api/materials", "党组会议纪要.pdf", OpeningScenario.PDF)
			.json()
			.path("id")
			.asText();
		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"},\"opinion\":{\"value\":\"经党组会议集体研究同意\"},"
				+ "\"meetingDate\":{\"value\":\"2026-11-20\"},\"minutesMaterialId\":{\"value\":\"" + minutes
				+ "\"},\"mainLeaderConsent\":{\"value\":true}}");
	}

}

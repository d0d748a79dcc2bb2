package cn.gov.cjqx.approval.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.cjqx.approval.demo.DemoUnits;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.TasklistBrowser;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * An opening walked through real Tasklist in headless Chromium by the demo users of 澄江市气象台, the bureau office and
 * the city government office, with two returns for correction: the bureau office's, after which the leaders decide
 * again (the correction changed what they decided on), and the city office's, which comes straight back to it. Screenshots of each step go to target/screenshots.
 * CI installs Debian's chromium and chromium-driver and checks that this test ran.
 */
@IntegrationTest
class OpeningInTasklistBrowserTests {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * Latin-letter words a person may meet in Tasklist: the product's name in its header and footer, business keys,
	 * file names, the time zone, terms the registration form uses (QQ, APP, 账号ID, IPv6, a 审图号 GS…, the 备案登记表 as
	 * Word, "以 http:// 或 https:// 开头").
	 * Anything else is English or an id.
	 */
	static final java.util.regex.Pattern ALLOWED = java.util.regex.Pattern.compile(
			"Camunda|Tasklist|Platform|Word|v7\\.24\\.0|UTC|Asia/Shanghai|QQ|APP|ID|IPv6|GS|https?|(XMT|WZ)-[A-Z]{2}-\\d{4}-\\d{4}"
					+ "|.+\\.(pdf|docx|png|jpg)");

	/** What each step's page showed that is not allowed. */
	final java.util.Map<String, java.util.Set<String>> foreign = new java.util.LinkedHashMap<>();

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
	void shouldWalkAnOpeningThroughTasklistAsEachDemoUser() {
		String businessKey = fileAsApplicant();

		try (TasklistBrowser leader = new TasklistBrowser(port, SCREENSHOTS)) {
			leader.logIn("leader2").openGroupTask("单位集体研究决定").screenshot("01-leader2-unit-decision");
			look(leader, "leader2 单位集体研究决定");
			assertThat(leader.formText()).contains(businessKey).contains("澄江气象台").contains("（一）《云南省政务新媒体备案登记表》");
			decideAsUnit(leader);
		}
		try (TasklistBrowser office = new TasklistBrowser(port, SCREENSHOTS)) {
			office.logIn("office").openGroupTask("局办公室审核").screenshot("02-office-review");
			look(office, "office 局办公室审核");
			office.choose("退回修改").fill("审批意见", "请补充账号基本情况简介").screenshot("03-office-return").complete();
		}
		try (TasklistBrowser applicant = new TasklistBrowser(port, SCREENSHOTS)) {
			applicant.logIn("applicant2").openGroupTask("补正备案材料").screenshot("04-applicant2-correction");
			look(applicant, "applicant2 补正备案材料");
			assertThat(applicant.formText()).contains("请补充账号基本情况简介");
			applicant.fill("基本情况简介", "发布澄江天气预报、灾害性天气预警和气象科普短视频。")
				.choose("修改后重新提交")
				.complete();
		}
		try (TasklistBrowser leader = new TasklistBrowser(port, SCREENSHOTS)) {
			leader.logIn("leader2").openGroupTask("单位集体研究决定");
			look(leader, "leader2 单位集体研究决定");
			decideAsUnit(leader);
		}
		try (TasklistBrowser office = new TasklistBrowser(port, SCREENSHOTS)) {
			office.logIn("office").openGroupTask("局办公室审核");
			look(office, "office 局办公室审核");
			assertThat(office.formText()).contains("请补充账号基本情况简介")
				.contains("主办单位分管领导及职务：王强 副主任", "基本情况简介：发布澄江天气预报、灾害性天气预警和气象科普短视频。",
						"访问链接：https://", "新媒体二维码：", "栏目设置", "信息发布", "管理员", "李华", "13800002222",
						"备案登记表（Word，按本次填报内容生成）")
				.contains("澄江市气象台单位领导 周台长", "局办公室 王主任", "澄江市气象台经办人 陈经办")
				.as("no login, group id or enum constant")
				.doesNotContain("leader2", "applicant2", "unit-leaders", "bureau-office", "DOUYIN", "true", "false");
			assertThat(office.formLinks()).as("materials, the 备案登记表 and the account's address open in a new tab")
				.isNotEmpty()
				.allSatisfy(link -> assertThat(link.target() + " " + link.rel()).as(link.toString())
					.isEqualTo("_blank noopener"))
				.anySatisfy(link -> assertThat(link.href()).endsWith("/registration-form.docx"));
			office.screenshot("07-office-review-filing").scrollTo("审批记录").screenshot("08-office-review-timeline");
			office.choose("同意").complete();
			assertThat(office.nextStep()).as("the notice after 完成")
				.isEqualTo("已提交（" + businessKey + "）。下一步：市政府办公室审批（市政府办公室）。");
			office.screenshot("08b-office-next-step");
		}
		try (TasklistBrowser city = new TasklistBrowser(port, SCREENSHOTS)) {
			city.logIn("city").openGroupTask("市政府办公室审批").screenshot("05-city-approval");
			look(city, "city 市政府办公室审批");
			city.choose("退回修改").fill("审批意见", "访问链接请填写账号主页地址").complete();
		}
		// 驳回到指定节点: the correction does not touch what the unit decided on, so it goes straight back to the city
		// office, past the unit's leaders and the bureau office
		try (TasklistBrowser applicant = new TasklistBrowser(port, SCREENSHOTS)) {
			applicant.logIn("applicant2").openGroupTask("补正备案材料");
			look(applicant, "applicant2 补正备案材料（市政府办公室退回）");
			assertThat(applicant.formText()).contains("访问链接请填写账号主页地址");
			applicant.fill("访问链接", "https://www.douyin.com/user/cjqxt").choose("修改后重新提交").complete();
		}
		assertThat(http.get("applicant2", "/api/procedures/" + businessKey).json().path("currentSteps").toString())
			.as("back at the step that returned it").contains("市政府办公室审批");
		try (TasklistBrowser city = new TasklistBrowser(port, SCREENSHOTS)) {
			city.logIn("city").openGroupTask("市政府办公室审批").screenshot("05b-city-approval-again");
			look(city, "city 市政府办公室审批（补正后）");
			assertThat(city.formText()).contains("访问链接请填写账号主页地址", "https://www.douyin.com/user/cjqxt");
			city.choose("同意").fill("审批意见", "同意开设").complete();
		}
		try (TasklistBrowser office = new TasklistBrowser(port, SCREENSHOTS)) {
			office.logIn("office").openGroupTask("登记全国及玉溪备案编号");
			look(office, "office 登记全国及玉溪备案编号");
			office.fill("全国政务新媒体信息报送系统备案编号", "GWXMT-530421-0201")
				.fill("玉溪市政务新媒体备案发布管理系统备案编号", "YX-2026-0201")
				.screenshot("06-office-filing-numbers")
				.complete();
			assertThat(office.nextStep()).isEqualTo("已提交（" + businessKey + "）。事项已办结：已通过。");
		}

		assertThat(foreign.values().stream().flatMap(java.util.Set::stream).toList())
			.as("English or ids that the approvers saw, per step: " + foreign)
			.isEmpty();
		JsonNode procedure = http.get("applicant2", "/api/procedures/" + businessKey).json();
		assertThat(procedure.path("outcome").asText()).isEqualTo("APPROVED");
		JsonNode account = http.get("applicant2", "/api/new-media/accounts").json().get(0);
		assertThat(account.path("status").asText()).isEqualTo("ACTIVE");
		assertThat(account.path("introduction").asText()).contains("灾害性天气预警");
		assertThat(account.path("nationalFilingNo").asText()).isEqualTo("GWXMT-530421-0201");
	}

	private void look(TasklistBrowser browser, String step) {
		java.util.Set<String> words = browser.foreignWords(ALLOWED);
		if (!words.isEmpty()) {
			foreign.put(step, words);
		}
	}

	private String fileAsApplicant() {
		ObjectNode filing = scenario.validFiling(new OpeningScenario.TestUnit(DemoUnits.OBSERVATORY, "澄江市气象台", "澄江气象台",
				"applicant2", "leader2"));
		filing.put("accountName", "澄江气象台");
		filing.put("platform", "DOUYIN");
		Response started = http.postJson("applicant2", "/api/new-media/openings", filing.toString());
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started.json().path("businessKey").asText();
	}

	private void decideAsUnit(TasklistBrowser leader) {
		String minutes = http.postFile("leader2", "/api/materials", "党组会议纪要.pdf", OpeningScenario.PDF)
			.json()
			.path("id")
			.asText();
		leader.pickDate("集体研究会议日期", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1))
			.fill("（二）会议纪要（经主要领导签批）的材料编号", minutes)
			.choose("主要领导已同意")
			.choose("同意")
			.fill("审批意见", "经党组会议集体研究同意开设")
			.screenshot("01b-leader2-decided")
			.complete();
	}

}

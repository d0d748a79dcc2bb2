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

import cn.gov.cjqx.approval.opening.OpeningProcess;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
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

	/**
	 * A clerk files an opening in Tasklist's start form as a person does: types into the rows of 栏目设置 and 管理员
	 * (which once greyed 发起 out for good), leaves 办公电话 and QQ empty, pastes the material numbers, and presses
	 * 发起. form-js speaks Chinese on the way (a required field's message, the date picker, 添加, 删除第 n 项).
	 */
	@Test
	void shouldStartAnOpeningFromTheTasklistStartForm() {
		TestUnit unit = scenario.newUnit();
		String[] materials = new String[6];
		for (int i = 0; i < materials.length; i++) {
			materials[i] = scenario.material(unit).toString();
		}
		try (TasklistBrowser clerk = new TasklistBrowser(port, Path.of("target", "screenshots"))) {
			clerk.logIn(unit.applicant()).openStartForm("政务新媒体开设备案");
			assertThat(clerk.placeholder("创建/注册日期（如已注册）")).as("date placeholder").doesNotContainPattern("[a-zA-Z]");
			assertThat(clerk.openDatePicker("创建/注册日期（如已注册）")).as("month and weekday names").contains("月", "周一")
				.doesNotContain("January", "February", "March", "April", "May", "June", "July", "August", "September",
						"October", "November", "December", "Mon");
			clerk.screenshot("22-clerk-opening-date-picker");
			clerk.typeAndErase("账号名称");
			assertThat(clerk.errorMessages()).as("form-js's own message, in Chinese").contains("此项为必填项。")
				.noneMatch(message -> message.contains("Field is required"));
			clerk.fill("主办单位代码", unit.code())
				.fill("账号名称", unit.shortName() + "发布")
				.select("发布平台（系统）", "微信订阅号")
				.choose("已通过平台认证")
				.fill("认证主体", unit.fullName())
				.fill("主管单位", "澄江市气象局办公室")
				.fill("主办单位分管领导及职务", "王强 副主任")
				.fill("主办单位联系电话及方式", "0877-6911010")
				.fill("承办单位", unit.fullName() + "综合科")
				.fill("基本情况简介", "发布天气预报和预警信息。")
				.fill("访问链接", "https://mp.weixin.qq.com/s/test")
				.fillRow("一级菜单", 0, "信息发布")
				.fillRow("二级菜单", 0, "天气预报")
				.fillRow("一级菜单", 1, "互动交流")
				.fillRow("二级菜单", 1, "留言咨询")
				.fillRow("姓名", 0, "李华")
				.fillRow("所在单位及职务", 0, "综合科 科员")
				.fillRow("手机号码", 0, "13800002222")
				.screenshot("21-clerk-opening-start-form-lists")
				.fill("（一）《云南省政务新媒体备案登记表》", materials[0])
				.fill("（三）人员管理、设备配置使用情况", materials[1])
				.fill("（四）信息发布审核机制", materials[2])
				.fill("（五）安全运维情况", materials[3])
				.fill("（六）地图使用情况", materials[4])
				.fill("（七）名称、实名认证、版面栏目设计情况", materials[5])
				.screenshot("21-clerk-opening-start-form-materials");
			// a third column begun and given up: its message shows, 发起 waits, and taking the row away frees 发起
			clerk.addRow("栏目设置").typeAndErase("一级菜单", 2).screenshot("23-clerk-opening-third-column-required");
			assertThat(clerk.errorMessages()).containsExactly("此项为必填项。");
			assertThat(clerk.startEnabled()).isFalse();
			clerk.removeRow("栏目设置", 2);
			assertThat(clerk.errorMessages()).isEmpty();
			assertThat(clerk.formText()).as("form-js's own texts").contains("添加").doesNotContain("Add new", "Select", "Field is");
			assertThat(clerk.startEnabled()).as("发起 after typing into the rows; invalid: " + clerk.invalidFields()).isTrue();
			clerk.start();
		}
		Procedure procedure = procedures.findAll()
			.stream()
			.filter(p -> unit.applicant().equals(p.getApplicantId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no procedure of the clerk: the start was refused"));
		ProcessInstance instance = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(procedure.getProcessInstanceId())
			.singleResult();
		assertThat(procedure.getKind()).isEqualTo(ProcedureKind.NEW_MEDIA_OPENING);
		assertThat(procedure.getBusinessKey()).matches("XMT-KS-\\d{4}-\\d{4}").isEqualTo(instance.getBusinessKey());
		assertThat(procedure.getApplicantId()).isEqualTo(unit.applicant());
		assertThat(String.valueOf(engine.getRuntimeService().getVariable(instance.getId(), "columns")))
			.contains("信息发布", "天气预报", "互动交流", "留言咨询");
		assertThat(String.valueOf(engine.getRuntimeService().getVariable(instance.getId(), "administrators")))
			.contains("李华", "13800002222");
		// the server's rules passed (a filing that breaks one goes back to the clerk for correction instead)
		assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
			.isEqualTo(OpeningProcess.TASK_UNIT_DECISION);
	}

}

package cn.gov.cjqx.approval.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.procedure.MarkdownSummary;
import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.rules.RuleCheckVariables;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TasklistSession;
import cn.gov.cjqx.approval.unit.UnitKind;

/**
 * processes/new-media-opening.bpmn, one test per path, started through the engine (as /engine-rest or a Tasklist
 * start form would) so that every check inside the process is exercised without the REST door in front.
 */
@IntegrationTest
class NewMediaOpeningProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcedureRepository procedures;

	@LocalServerPort
	int port;

	TestUnit unit;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		unit = scenario.newUnit();
	}

	@Test
	void shouldOpenTheAccountOnTheHappyPath() {
		ProcessInstance instance = start(scenario.validFiling(unit));
		assertThat(instance).hasPassed(OpeningProcess.TASK_RECORD_FILING, OpeningProcess.TASK_CHECK_RULES)
			.isWaitingAt(OpeningProcess.TASK_UNIT_DECISION);
		assertThat(task(instance)).hasCandidateGroup("unit-leaders-" + unit.code());
		assertThat(engine.getRuntimeService().getVariables(instance.getId()))
			.as("the gateway's rule result is transient; no violations, no text")
			.doesNotContainKeys(RuleCheckVariables.RULE_RESULT, OpeningProcess.VIOLATIONS_TEXT.name());

		approveAsUnit(instance);
		assertThat(instance).isWaitingAt(OpeningProcess.TASK_BUREAU_REVIEW);
		decide(instance, "office", Groups.BUREAU_OFFICE, "approve", null);
		assertThat(instance).isWaitingAt(OpeningProcess.TASK_CITY_APPROVAL);
		decide(instance, "city", Groups.CITY_GOV_OFFICE, "approve", null);
		assertThat(instance).isWaitingAt(OpeningProcess.TASK_RECORD_FILING_NUMBERS);
		complete(instance, "office", Groups.BUREAU_OFFICE,
				Map.of("nationalFilingNo", "GW-530421-77", "yuxiFilingNo", "YX-2026-77"));

		assertThat(instance).hasPassed(OpeningProcess.END_ACCOUNT_OPENED).isEnded();
		Procedure procedure = procedureOf(instance);
		assertThat(procedure.getOutcome()).isEqualTo(Outcome.APPROVED);
		assertThat(scenario.statusOf(procedure.getAccountId())).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void shouldShowEveryFieldOfTheFilingInTheTaskForms() {
		ObjectNode filing = scenario.validFiling(unit);
		UUID qrCode = scenario.material(unit);
		filing.put("platformAccountId", "cjqxt2026");
		filing.put("registeredOn", "2026-01-05");
		filing.put("qrCodeMaterialId", qrCode.toString());
		filing.put("undertakingLeader", "赵敏 科长");
		filing.put("undertakingContact", "0877-6911012");
		filing.put("mapsUsed", true);
		filing.put("standardMap", true);
		filing.put("materialMapUsage", scenario.material(unit).toString());
		filing.set("columns", new ObjectMapper().valueToTree(List.of(
				Map.of("level1", "信息发布", "level2", "天气预报", "level3", "今日天气", "remark", "每日更新"),
				Map.of("level1", "互动交流", "level2", "留言咨询"))));
		filing.set("administrators", new ObjectMapper().valueToTree(List.of(Map.of("name", "李华", "unitAndPost",
				"综合科 科员", "officePhone", "0877-6911011", "mobile", "13800002222", "qq", "123456", "wechat", "lihua2026"))));
		ProcessInstance instance = start(filing);
		String businessKey = procedureOf(instance).getBusinessKey();

		String summary = (String) engine.getRuntimeService().getVariable(instance.getId(), ProcedureVariables.FILING_SUMMARY.name());

		assertThat(summary).contains(field("业务编号", businessKey), field("主办单位", unit.fullName()),
				field("主管单位", "澄江市气象局办公室"), field("账号名称", unit.shortName() + "发布"), field("账号ID", "cjqxt2026"),
				field("发布平台", "微信订阅号"), field("注册日期", "2026-01-05"), field("是否通过认证", "是"),
				field("认证主体", unit.fullName()), field("互联网新闻信息服务资质", "未取得"),
				field("主办单位分管领导及职务", "王强 副主任"), field("主办单位联系电话及方式", "0877-6911010"),
				field("承办单位", unit.fullName() + "综合科"), field("委托其他专门机构承办", "否"),
				field("承办单位分管领导及职务", "赵敏 科长"), field("承办单位联系电话及方式", "0877-6911012"),
				field("基本情况简介", "发布天气预报和预警信息。"), field("为重大活动或专项工作开设", "否"),
				field("从事互联网新闻信息服务或传播网络视听节目", "否"), field("使用地图", "是"), field("使用标准地图", "是"),
				field("审图号", null))
			.contains("**访问链接**：[" + MarkdownSummary.escape("https://mp.weixin.qq.com/s/test")
					+ "](https://mp.weixin.qq.com/s/test)")
			.contains("**新媒体二维码**：[查看二维码图片](/api/materials/" + qrCode + ")")
			.contains("| 一级菜单 | 二级菜单 | 三级菜单 | 备注 |", "| 信息发布 | 天气预报 | 今日天气 | 每日更新 |",
					"| 互动交流 | 留言咨询 |  |  |")
			.contains("| 姓名 | 所在单位及职务 | 办公电话 | 手机号码 | QQ号码 | 微信号 |",
					"| 李华 | 综合科 科员 | " + MarkdownSummary.escape("0877-6911011") + " | 13800002222 | 123456 | lihua2026 |")
			.contains("- [备案登记表（Word，按本次填报内容生成）](/api/procedures/" + businessKey + "/registration-form.docx)")
			.contains("- [（一）《云南省政务新媒体备案登记表》](/api/materials/", "- [（六）地图使用情况](/api/materials/")
			.as("enum constants and raw answers are shown in words")
			.doesNotContain("WECHAT_SUBSCRIPTION", "true", "false", "null");
		assertThat(engine.getRuntimeService().getVariable(instance.getId(), ProcedureVariables.APPROVAL_HISTORY.name()))
			.asString()
			.contains("提交申请（" + unit.fullName() + "经办人 ")
			.endsWith("（暂无审批意见）");
	}

	@Test
	void shouldOpenTheRegistrationFormAndTheMaterialsOfTheSummaryWithTheTasklistSession() throws Exception {
		ProcessInstance instance = start(scenario.validFiling(unit));
		String summary = (String) engine.getRuntimeService().getVariable(instance.getId(), ProcedureVariables.FILING_SUMMARY.name());
		Matcher links = Pattern.compile("\\]\\((/api/[^)]+)\\)").matcher(summary);
		TasklistSession office = TasklistSession.logIn(port, "office");
		int opened = 0;
		while (links.find()) {
			HttpResponse<String> response = office.send(office.request(links.group(1)));
			assertThat(response.statusCode()).as(links.group(1)).isEqualTo(200);
			opened++;
		}
		assertThat(opened).as("the 备案登记表 and six materials").isEqualTo(7);
		HttpResponse<String> form = office
			.send(office.request("/api/procedures/" + procedureOf(instance).getBusinessKey() + "/registration-form.docx"));
		assertThat(form.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@Test
	void shouldShowTheTimelineByNamesAndUnitsNeverByLoginsOrGroupIds() {
		name(unit.applicant(), "孙经办");
		name(unit.leader(), "刘台长");
		ProcessInstance instance = toBureauReview();
		decide(instance, "office", Groups.BUREAU_OFFICE, "return", "请补充账号基本情况简介");

		String history = (String) engine.getRuntimeService()
			.getVariable(instance.getId(), ProcedureVariables.APPROVAL_HISTORY.name());

		assertThat(history).containsPattern("- \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 提交申请（" + unit.fullName() + "经办人 孙经办）")
			.contains("单位集体研究决定（" + unit.fullName() + "单位领导 刘台长）：**同意**")
			.contains("局办公室审核（局办公室 王主任）：**退回修改**。意见：请补充账号基本情况简介")
			.doesNotContain(unit.applicant(), unit.leader(), unit.code(), "office", "unit-leaders", "applicants",
					"bureau-office");
	}

	private void name(String userId, String firstName) {
		var identity = engine.getIdentityService();
		var user = identity.createUserQuery().userId(userId).singleResult();
		user.setFirstName(firstName);
		identity.saveUser(user);
	}

	private static String field(String label, String value) {
		return "**" + label + "**：" + (value == null ? "（未填写）" : MarkdownSummary.escape(value)) + "  \n";
	}

	@Test
	void shouldKeepTheFullHistoryOfEveryVariableButTheCopiesOfOurTables() {
		ProcessInstance instance = start(scenario.validFiling(unit));
		decide(instance, unit.leader(), Groups.ofUnit(Groups.UNIT_LEADERS, unit.code()), "return", "请补充安全运维情况");

		var history = engine.getHistoryService();
		List<String> details = history.createHistoricDetailQuery()
			.processInstanceId(instance.getId())
			.variableUpdates()
			.list()
			.stream()
			.map(detail -> ((HistoricVariableUpdate) detail).getVariableName())
			.toList();
		assertThat(details).contains(ProcedureVariables.INITIATOR.name(), ProcedureVariables.SUBJECT.name(), "decision", "opinion",
				ProcedureVariables.CORRECTION_REASONS.name())
			.doesNotContain(ProcedureVariables.FILING_SUMMARY.name(), ProcedureVariables.APPROVAL_HISTORY.name(), ProcedureVariables.BUSINESS_KEY.name(),
					ProcedureVariables.UNIT_NAME.name());
		assertThat(history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(ProcedureVariables.APPROVAL_HISTORY.name())
			.singleResult()
			.getValue()).as("the last value stays").asString().contains("请补充安全运维情况");
	}

	@Nested
	class Returns {

		@Test
		void shouldReturnFromTheUnitDecisionToCorrectionWithTheOpinion() {
			ProcessInstance instance = start(scenario.validFiling(unit));
			decide(instance, unit.leader(), Groups.ofUnit(Groups.UNIT_LEADERS, unit.code()), "return", "请补充安全运维情况");
			assertWaitingForCorrection(instance, "请补充安全运维情况");
		}

		@Test
		void shouldReturnFromTheBureauReviewToCorrection() {
			ProcessInstance instance = toBureauReview();
			decide(instance, "office", Groups.BUREAU_OFFICE, "return", "栏目设置需细化");
			assertWaitingForCorrection(instance, "栏目设置需细化");
		}

		@Test
		void shouldReturnFromTheCityApprovalToCorrectionAndGoThroughAgainAfterResubmission() {
			ProcessInstance instance = toBureauReview();
			decide(instance, "office", Groups.BUREAU_OFFICE, "approve", null);
			decide(instance, "city", Groups.CITY_GOV_OFFICE, "return", "账号简介需说明服务内容");
			assertWaitingForCorrection(instance, "账号简介需说明服务内容");

			correct(instance, variables -> variables.put("introduction", "发布天气预报、预警信息，提供气象服务。"));

			assertThat(instance).isWaitingAt(OpeningProcess.TASK_UNIT_DECISION);
			assertThat(engine.getRuntimeService().getVariable(instance.getId(), ProcedureVariables.APPROVAL_HISTORY.name()))
				.asString()
				.contains("退回修改")
				.contains("账号简介需说明服务内容");
		}

		@Test
		void shouldKeepTheCorrectionWithTheFilingsUnitWhateverVariablesACompleterSends() {
			ProcessInstance instance = toBureauReview();
			TestUnit other = scenario.newUnit();
			assertThatThrownBy(() -> complete(instance, "office", Groups.BUREAU_OFFICE,
					Map.of("decision", "return", "opinion", "请核对", "unitCode", other.code())))
				.hasMessageContaining("[VARIABLE_NOT_ALLOWED]")
				.hasMessageContaining("unitCode");
			assertThat(instance).isWaitingAt(OpeningProcess.TASK_BUREAU_REVIEW);
			complete(instance, "office", Groups.BUREAU_OFFICE, Map.of("decision", "return", "opinion", "请核对"));
			assertWaitingForCorrection(instance, "请核对");
		}

		private void assertWaitingForCorrection(ProcessInstance instance, String opinion) {
			assertThat(instance).isWaitingAt(OpeningProcess.TASK_CORRECT_FILING);
			assertThat(task(instance)).hasCandidateGroup("applicants-" + unit.code());
			assertThat(engine.getRuntimeService().getVariable(instance.getId(), ProcedureVariables.CORRECTION_REASONS.name()))
				.asString()
				.contains(opinion);
		}

	}

	@Nested
	class Rejections {

		@Test
		void shouldEndRejectedWhenTheUnitDecidesAgainst() {
			ProcessInstance instance = start(scenario.validFiling(unit));
			decide(instance, unit.leader(), Groups.ofUnit(Groups.UNIT_LEADERS, unit.code()), "reject", "暂不开设");
			assertRejectedWithoutAccount(instance);
		}

		@Test
		void shouldEndRejectedWhenTheBureauOfficeRejects() {
			ProcessInstance instance = toBureauReview();
			decide(instance, "office", Groups.BUREAU_OFFICE, "reject", "功能与现有账号重复");
			assertRejectedWithoutAccount(instance);
		}

		@Test
		void shouldEndRejectedWhenTheCityGovernmentOfficeRejects() {
			ProcessInstance instance = toBureauReview();
			decide(instance, "office", Groups.BUREAU_OFFICE, "approve", null);
			decide(instance, "city", Groups.CITY_GOV_OFFICE, "reject", "不符合集约化要求");
			assertRejectedWithoutAccount(instance);
		}

		@ParameterizedTest(name = "{0}")
		@ValueSource(strings = { "ART13_NO_EVENT_ACCOUNT", "ART13_APPROVED_PLATFORM", "ART14_NO_SINGLE_PURPOSE_APP",
				"ART13_ONE_ACCOUNT_PER_UNIT", "ART13_UNIT_ELIGIBLE", "ART13_HOST_IS_UNIT" })
		void shouldEndRejectedOnEachHardRuleEvenWithoutTheRestDoor(String code) {
			ObjectNode filing = scenario.validFiling(unit);
			switch (code) {
				case "ART13_NO_EVENT_ACCOUNT" -> filing.put("eventOrSpecialProject", true);
				case "ART13_APPROVED_PLATFORM" -> filing.put("platform", "FACEBOOK");
				case "ART14_NO_SINGLE_PURPOSE_APP" -> filing.put("platform", "MOBILE_APP");
				case "ART13_ONE_ACCOUNT_PER_UNIT" -> scenario.giveActiveAccount(unit);
				case "ART13_UNIT_ELIGIBLE" -> {
					unit = scenario.newUnit(UnitKind.PUBLIC_INSTITUTION, false, false, false);
					filing = scenario.validFiling(unit);
				}
				case "ART13_HOST_IS_UNIT" -> {
					unit = scenario.newUnit(UnitKind.INTERNAL_DEPARTMENT, false, true, false);
					filing = scenario.validFiling(unit);
				}
				default -> throw new IllegalArgumentException(code);
			}
			ProcessInstance instance = start(filing);

			assertThat(instance).hasPassed("Task_Reject").hasPassed(OpeningProcess.END_REJECTED).isEnded();
			Procedure procedure = procedureOf(instance);
			assertThat(procedure.getOutcome()).isEqualTo(Outcome.REJECTED);
			assertThat(procedure.getViolations()).extracting(v -> v.code()).contains(code);
		}

		private void assertRejectedWithoutAccount(ProcessInstance instance) {
			assertThat(instance).hasPassed(OpeningProcess.END_REJECTED).isEnded();
			Procedure procedure = procedureOf(instance);
			assertThat(procedure.getOutcome()).isEqualTo(Outcome.REJECTED);
			assertThat(procedure.getAccountId()).isNull();
		}

	}

	@Nested
	class Corrections {

		@Test
		void shouldSendSoftViolationsToCorrectionAndProceedOnceCorrected() {
			ObjectNode filing = scenario.validFiling(unit);
			filing.remove("materialReviewMechanism");
			ProcessInstance instance = start(filing);
			assertThat(instance).isWaitingAt(OpeningProcess.TASK_CORRECT_FILING);
			assertThat(engine.getRuntimeService().getVariable(instance.getId(), ProcedureVariables.CORRECTION_REASONS.name()))
				.asString()
				.contains("ART17_MATERIALS")
				.contains("信息发布审核机制");
			assertThat(engine.getRuntimeService().getVariable(instance.getId(), OpeningProcess.VIOLATIONS_TEXT.name()))
				.asString()
				.startsWith("【ART17_MATERIALS】");

			correct(instance, variables -> variables.put("materialReviewMechanism", scenario.material(unit).toString()));

			assertThat(instance).isWaitingAt(OpeningProcess.TASK_UNIT_DECISION);
			assertThat(procedureOf(instance).getViolations()).isEmpty();
			assertThat(engine.getRuntimeService().getVariables(instance.getId()))
				.as("the earlier violations go once a check finds none")
				.doesNotContainKeys(RuleCheckVariables.RULE_RESULT, OpeningProcess.VIOLATIONS_TEXT.name());
		}

		@Test
		void shouldCheckAgainAProcessThatStillHoldsAStoredRuleResult() {
			ObjectNode filing = scenario.validFiling(unit);
			filing.remove("materialReviewMechanism");
			ProcessInstance instance = start(filing);
			// as a process started before the result became transient left it
			engine.getRuntimeService().setVariable(instance.getId(), RuleCheckVariables.RULE_RESULT, "SOFT");

			correct(instance, variables -> variables.put("materialReviewMechanism", scenario.material(unit).toString()));

			assertThat(instance).isWaitingAt(OpeningProcess.TASK_UNIT_DECISION);
			assertThat(engine.getRuntimeService().getVariable(instance.getId(), RuleCheckVariables.RULE_RESULT))
				.as("kept as it was stored, with the new result")
				.isEqualTo("OK");
		}

		@Test
		void shouldEndWithdrawnWhenTheApplicantWithdrawsDuringCorrection() {
			ObjectNode filing = scenario.validFiling(unit);
			filing.put("accountName", "天气");
			ProcessInstance instance = start(filing);

			complete(instance, unit.applicant(), Groups.ofUnit(Groups.APPLICANTS, unit.code()),
					Map.of(OpeningProcess.CORRECTION_ACTION.name(), "withdraw"));

			assertThat(instance).hasPassed(OpeningProcess.END_WITHDRAWN).isEnded();
			Procedure procedure = procedureOf(instance);
			assertThat(procedure.getOutcome()).isEqualTo(Outcome.WITHDRAWN);
			assertThat(procedure.getAccountId()).isNull();
		}

		@Test
		void shouldKeepTheCorrectionFromApplicantsOfOtherUnits() {
			ObjectNode filing = scenario.validFiling(unit);
			filing.put("accountName", "天气");
			ProcessInstance instance = start(filing);
			TestUnit other = scenario.newUnit();

			assertThatThrownBy(() -> complete(instance, other.applicant(), Groups.ofUnit(Groups.APPLICANTS, other.code()),
					Map.of(OpeningProcess.CORRECTION_ACTION.name(), "withdraw")))
				.isInstanceOf(AuthorizationException.class);
			assertThat(instance).isWaitingAt(OpeningProcess.TASK_CORRECT_FILING);
		}

		@Test
		void shouldRefuseAResubmissionThatBreaksTheFormRules() {
			ObjectNode filing = scenario.validFiling(unit);
			filing.put("accountName", "天气");
			ProcessInstance instance = start(filing);
			assertThatThrownBy(() -> correct(instance, variables -> variables.put("accountName", "<b>天气</b>")))
				.hasMessageContaining("INVALID_VALUE");
			assertThat(instance).isWaitingAt(OpeningProcess.TASK_CORRECT_FILING);
		}

	}

	@Test
	void shouldRefuseAStartForAnotherUnit() {
		TestUnit other = scenario.newUnit();
		Map<String, Object> variables = scenario.asVariables(scenario.validFiling(other));
		long before = procedures.count();
		assertThatThrownBy(() -> asUser(unit.applicant(), List.of(Groups.APPLICANTS, Groups.ofUnit(Groups.APPLICANTS,
				unit.code())), () -> engine.getRuntimeService().startProcessInstanceByKey(OpeningProcess.KEY, variables)))
			.hasMessageContaining("FORBIDDEN_UNIT");
		assertThat(procedures.count()).isEqualTo(before);
	}

	@Test
	void shouldGiveAStartWithoutBusinessKeyOne() {
		ProcessInstance instance = asUser(unit.applicant(),
				List.of(Groups.APPLICANTS, Groups.ofUnit(Groups.APPLICANTS, unit.code())),
				() -> engine.getRuntimeService()
					.startProcessInstanceByKey(OpeningProcess.KEY, scenario.asVariables(scenario.validFiling(unit))));
		String businessKey = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getBusinessKey();
		assertThat(businessKey).matches("XMT-KS-\\d{4}-\\d{4}");
		assertThat(procedures.findByBusinessKey(businessKey)).isPresent();
	}

	// --- steps -------------------------------------------------------------------------------------------------

	private ProcessInstance start(ObjectNode filing) {
		return asUser(unit.applicant(), List.of(Groups.APPLICANTS, Groups.ofUnit(Groups.APPLICANTS, unit.code())),
				() -> engine.getRuntimeService().startProcessInstanceByKey(OpeningProcess.KEY, scenario.asVariables(filing)));
	}

	private ProcessInstance toBureauReview() {
		ProcessInstance instance = start(scenario.validFiling(unit));
		approveAsUnit(instance);
		assertThat(instance).isWaitingAt(OpeningProcess.TASK_BUREAU_REVIEW);
		return instance;
	}

	private void approveAsUnit(ProcessInstance instance) {
		complete(instance, unit.leader(), Groups.ofUnit(Groups.UNIT_LEADERS, unit.code()),
				Map.of("decision", "approve", "meetingDate", "2026-11-20", "minutesMaterialId",
						scenario.material(unit).toString(), "mainLeaderConsent", true));
	}

	private void decide(ProcessInstance instance, String user, String group, String decision, String opinion) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("decision", decision);
		if (opinion != null) {
			variables.put("opinion", opinion);
		}
		complete(instance, user, group, variables);
	}

	private void correct(ProcessInstance instance, Consumer<Map<String, Object>> change) {
		Map<String, Object> variables = new HashMap<>();
		change.accept(variables);
		variables.put(OpeningProcess.CORRECTION_ACTION.name(), "resubmit");
		complete(instance, unit.applicant(), Groups.ofUnit(Groups.APPLICANTS, unit.code()), variables);
	}

	private void complete(ProcessInstance instance, String user, String group, Map<String, Object> variables) {
		String taskId = task(instance).getId();
		asUser(user, List.of(group), () -> {
			engine.getTaskService().complete(taskId, variables);
			return null;
		});
	}

	/** Runs as the given user: with authorization on, only around the call (queries of the test see everything). */
	private <T> T asUser(String user, List<String> groups, java.util.function.Supplier<T> action) {
		engine.getIdentityService().setAuthentication(user, groups);
		try {
			return action.get();
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private Procedure procedureOf(ProcessInstance instance) {
		String businessKey = engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getBusinessKey();
		return procedures.findByBusinessKey(businessKey).orElseThrow();
	}

}

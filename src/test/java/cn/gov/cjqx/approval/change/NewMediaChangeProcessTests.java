package cn.gov.cjqx.approval.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.procedure.EngineEntryGuard;
import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.unit.UnitKind;

/** processes/new-media-change.bpmn, one test per path, with the clock moved through the notice. */
@IntegrationTest
class NewMediaChangeProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcedureRepository procedures;

	@Autowired
	NewMediaAccountRepository accounts;

	@Autowired
	AccountChangeRepository history;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transaction;

	TestUnit unit;

	long accountId;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		unit = scenario.newUnit();
		accountId = scenario.giveActiveAccount(unit);
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 9, 18, 10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldRenameAfterTheNoticeAndKeepTheHistory() {
		ProcessInstance instance = start(Map.of("accountName", unit.shortName() + "天气"));
		approveThroughCity(instance);
		assertThat(instance).isWaitingAt(ChangeProcess.TIMER_NOTICE_ENDED);
		Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
		assertThat(timer.getDuedate())
			.isEqualTo(Date.from(LocalDateTime.of(2026, 10, 16, 0, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
		ClockUtil.setCurrentTime(timer.getDuedate());
		engine.getManagementService().executeJob(timer.getId());
		applyAndFile(instance);

		assertThat(instance).hasPassed(ChangeProcess.END_APPLIED).isEnded();
		assertThat(accounts.findById(accountId).orElseThrow().getName()).isEqualTo(unit.shortName() + "天气");
		List<AccountChange> changes = history.findByAccountIdOrderByChangedAtAscIdAsc(accountId);
		assertThat(changes).singleElement().satisfies(change -> {
			assertThat(change.getField()).isEqualTo("accountName");
			assertThat(change.getOldValue()).isEqualTo("\"" + unit.shortName() + "微博\"");
			assertThat(change.getNewValue()).isEqualTo("\"" + unit.shortName() + "天气\"");
			assertThat(change.getChangedBy()).isEqualTo(unit.applicant());
		});
	}

	@Test
	void shouldShowEachChangedFieldInWordsInTheTaskForms() {
		java.util.UUID qrCode = scenario.material(unit);
		ProcessInstance instance = start(Map.of("introduction", "发布天气预报和预警信息。", "accessUrl",
				"https://weibo.com/cjqx", "hostContact", "0877-6911020", "qrCodeMaterialId", qrCode.toString(),
				"columns", org.camunda.spin.plugin.variable.SpinValues
					.jsonValue("[{\"level1\":\"信息发布\",\"level2\":\"天气预报\"},{\"level1\":\"互动交流\"}]")
					.create()));

		String summary = (String) engine.getRuntimeService()
			.getVariable(instance.getId(), cn.gov.cjqx.approval.procedure.ProcedureVariables.FILING_SUMMARY.name());

		assertThat(summary).contains("**账号**：" + unit.shortName() + "微博（新浪微博）", "**变更原因**：工作调整")
			.contains("| 项目 | 原值 | 新值 |", "| 主办单位联系电话及方式 | （未填写） | 0877\\-6911020 |",
					"| 基本情况简介 | （未填写） | 发布天气预报和预警信息。 |",
					"| 访问链接 | （未填写） | https://weibo\\.com/cjqx |",
					"| 新媒体二维码 | （未填写） | [查看二维码图片](/api/materials/" + qrCode + ") |")
			.contains("**栏目设置（原）**：（无）", "**栏目设置（变更后）**", "| 一级菜单 | 二级菜单 | 三级菜单 | 备注 |",
					"| 信息发布 | 天气预报 |  |  |", "| 互动交流 |  |  |  |")
			.as("field names, enum constants and JSON never shown")
			.doesNotContain("level1", "COLLECTIVE_DECISION", "WEIBO", "true", "false", "{", "null");
	}

	@Test
	void shouldSkipTheCityFilingAndTheNoticeForAdministratorsOnly() {
		ProcessInstance instance = start(Map.of("administrators", org.camunda.spin.plugin.variable.SpinValues
			.jsonValue("[{\"name\":\"赵六\",\"mobile\":\"13700001111\"}]").create()));
		decide(instance, unit.leader(), leaders(), "approve", null);
		decide(instance, "office", List.of(Groups.BUREAU_OFFICE), "approve", null);
		assertThat(instance).hasNotPassed(ChangeProcess.TASK_CITY_FILING).isWaitingAt(ChangeProcess.TASK_APPLY_CHANGE);
		applyAndFile(instance);
		List<cn.gov.cjqx.approval.account.AccountAdministrator> administrators = transaction
			.execute(status -> accounts.findById(accountId).orElseThrow().getAdministrators());
		assertThat(administrators).extracting(a -> a.name()).containsExactly("赵六");
	}

	@Test
	void shouldSendANameWithoutTheUnitsShortNameToCorrectionAndProceedOnceCorrected() {
		ProcessInstance instance = start(Map.of("accountName", "天气早知道"));
		assertThat(instance).isWaitingAt(ChangeProcess.TASK_CORRECT_CHANGE);
		assertThat(engine.getRuntimeService().getVariable(instance.getId(), "correctionReasons")).asString()
			.contains("ART15_ACCOUNT_NAME");
		complete(instance, unit.applicant(), applicants(),
				Map.of("correctionAction", "resubmit", "accountName", unit.shortName() + "天气"));
		assertThat(instance).isWaitingAt(ChangeProcess.TASK_UNIT_DECISION);
	}

	@Test
	void shouldReturnFromTheCityToCorrectionAndEndWithdrawnWhenTheApplicantWithdraws() {
		ProcessInstance instance = start(Map.of("introduction", "新的简介"));
		decide(instance, unit.leader(), leaders(), "approve", null);
		decide(instance, "office", List.of(Groups.BUREAU_OFFICE), "approve", null);
		decide(instance, "city", List.of(Groups.CITY_GOV_OFFICE), "return", "简介需说明服务内容");
		assertThat(instance).isWaitingAt(ChangeProcess.TASK_CORRECT_CHANGE);
		complete(instance, unit.applicant(), applicants(), Map.of("correctionAction", "withdraw"));
		assertThat(instance).hasPassed(ChangeProcess.END_WITHDRAWN).isEnded();
	}

	@Test
	void shouldEndRejectedWhenTheBureauOfficeRejects() {
		ProcessInstance instance = start(Map.of("introduction", "新的简介"));
		decide(instance, unit.leader(), leaders(), "approve", null);
		decide(instance, "office", List.of(Groups.BUREAU_OFFICE), "reject", "无需变更");
		assertThat(instance).hasPassed(ChangeProcess.END_REJECTED).isEnded();
	}

	@Test
	void shouldRejectAMoveToAnInternalDepartment() {
		TestUnit department = scenario.newUnit(UnitKind.INTERNAL_DEPARTMENT, false, true, false);
		ProcessInstance instance = start(Map.of("hostUnitCode", department.code()));
		assertThat(instance).hasPassed(ChangeProcess.END_REJECTED).isEnded();
		String businessKey = engine.getHistoryService().createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId()).singleResult().getBusinessKey();
		var procedure = procedures.findByBusinessKey(businessKey).orElseThrow();
		assertThat(procedure.getOutcome()).isEqualTo(Outcome.REJECTED);
		assertThat(procedure.getViolations()).extracting(v -> v.code()).contains("ART13_HOST_IS_UNIT");
	}

	@Test
	void shouldRefuseAPlatformChange() {
		assertThatThrownBy(() -> start(Map.of("platform", "DOUYIN"))).hasMessageContaining("PLATFORM_UNCHANGEABLE");
	}

	@Test
	void shouldRefuseAChangeWithoutItsDecisionBasis() {
		assertThatThrownBy(() -> start(Map.of("accountName", unit.shortName() + "天气", "decisionReference", " ")))
			.hasMessageContaining("[ART18_DECISION_BASIS]");
		assertThatThrownBy(() -> start(Map.of("accountName", unit.shortName() + "天气", "decisionBasis", "LEADER_SAID_SO")))
			.hasMessageContaining("[INVALID_TYPE]")
			.hasMessageContaining("decisionBasis")
			.hasMessageNotContaining("Cannot deserialize");
	}

	@Test
	void shouldAskForTheNewsQualificationWhenTheNewsServiceIsAdded() {
		ProcessInstance instance = start(Map.of("newsServiceLicensed", true));
		assertThat(instance).isWaitingAt(ChangeProcess.TASK_CORRECT_CHANGE);
		assertThat(engine.getRuntimeService().getVariable(instance.getId(), "correctionReasons")).asString()
			.contains("（九）");
	}

	// --- steps -------------------------------------------------------------------------------------------------

	/**
	 * Starts as our REST door does (as the applicant, marked as the server's own start): a change request carries
	 * fields that the Tasklist start form has not (lists, platform), which a start through the engine may not send.
	 */
	private ProcessInstance start(Map<String, Object> changes) {
		Map<String, Object> variables = new HashMap<>(changes);
		variables.put("accountId", accountId);
		variables.putIfAbsent("reason", "工作调整");
		variables.putIfAbsent("decisionBasis", "COLLECTIVE_DECISION");
		variables.putIfAbsent("decisionReference", "2026年第8次党组会议纪要");
		engine.getIdentityService().setAuthentication(unit.applicant(), applicants());
		try {
			return EngineEntryGuard
				.asServer(() -> engine.getRuntimeService().startProcessInstanceByKey(ChangeProcess.KEY, variables));
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private void approveThroughCity(ProcessInstance instance) {
		decide(instance, unit.leader(), leaders(), "approve", null);
		decide(instance, "office", List.of(Groups.BUREAU_OFFICE), "approve", null);
		assertThat(instance).isWaitingAt(ChangeProcess.TASK_CITY_FILING);
		decide(instance, "city", List.of(Groups.CITY_GOV_OFFICE), "approve", null);
	}

	private void applyAndFile(ProcessInstance instance) {
		String today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
		complete(instance, unit.applicant(), applicants(), Map.of("appliedOn", today));
		complete(instance, "office", List.of(Groups.BUREAU_OFFICE), Map.of("filingUpdateNote", "已更新两个备案系统"));
	}

	private void decide(ProcessInstance instance, String user, List<String> groups, String decision, String opinion) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("decision", decision);
		if (opinion != null) {
			variables.put("opinion", opinion);
		}
		complete(instance, user, groups, variables);
	}

	private void complete(ProcessInstance instance, String user, List<String> groups, Map<String, Object> variables) {
		String taskId = task(instance).getId();
		engine.getIdentityService().setAuthentication(user, groups);
		try {
			engine.getTaskService().complete(taskId, variables);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private List<String> applicants() {
		return List.of(Groups.APPLICANTS, Groups.ofUnit(Groups.APPLICANTS, unit.code()));
	}

	private List<String> leaders() {
		return List.of(Groups.UNIT_LEADERS, Groups.ofUnit(Groups.UNIT_LEADERS, unit.code()));
	}

}

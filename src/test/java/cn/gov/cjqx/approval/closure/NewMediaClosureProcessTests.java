package cn.gov.cjqx.approval.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.calendar.HolidayData;
import cn.gov.cjqx.approval.calendar.HolidayYear;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.notice.PublicNotice;
import cn.gov.cjqx.approval.notice.PublicNoticeRepository;
import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;

/** processes/new-media-closure.bpmn, one test per path, with the clock moved through the notice period. */
@IntegrationTest
class NewMediaClosureProcessTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	ProcessEngine engine;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcedureRepository procedures;

	@Autowired
	PublicNoticeRepository notices;

	@Autowired
	HolidayData holidayData;

	@Autowired
	ClosureService closures;

	TestUnit unit;

	long accountId;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		unit = scenario.newUnit();
		accountId = scenario.giveActiveAccount(unit);
		// Friday 2026-09-18, 10:00 in Shanghai: the README's example of Working days
		ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 9, 18, 10, 0)));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldShutTheAccountDownAfterTheNoticePeriod() {
		ProcessInstance instance = startByUnit("SHUT_DOWN", "WORK_NEEDS");
		assertThat(instance).isWaitingAt(ClosureProcess.TASK_UNIT_DECISION);
		assertThat(task(instance)).hasCandidateGroup("unit-leaders-" + unit.code());
		approveAsUnit(instance);
		assertThat(instance).isWaitingAt(ClosureProcess.TASK_CITY_FILING);
		decide(instance, "city", Groups.CITY_GOV_OFFICE, "approve", null);

		assertThat(instance).isWaitingAt(ClosureProcess.TIMER_NOTICE_ENDED);
		assertThat(scenario.statusOf(accountId)).isEqualTo(AccountStatus.CLOSING);
		PublicNotice notice = noticeOf(instance);
		assertThat(notice.getPublishedOn()).hasToString("2026-09-18");
		assertThat(notice.getEndsOn()).hasToString("2026-10-15");

		passTheNotice(instance);
		assertThat(instance).isWaitingAt(ClosureProcess.TASK_CLOSE_ON_PLATFORM);
		completeClosingSteps(instance);

		assertThat(instance).hasPassed(ClosureProcess.END_CLOSED).isEnded();
		assertThat(scenario.statusOf(accountId)).isEqualTo(AccountStatus.SHUT_DOWN);
		assertThat(procedureOf(instance).getOutcome()).isEqualTo(Outcome.APPROVED);
	}

	@Test
	void shouldDeregisterTheAccountForADeregistration() {
		ProcessInstance instance = startByUnit("DEREGISTRATION", "WORK_NEEDS");
		approveAsUnit(instance);
		decide(instance, "city", Groups.CITY_GOV_OFFICE, "approve", null);
		passTheNotice(instance);
		completeClosingSteps(instance);
		assertThat(scenario.statusOf(accountId)).isEqualTo(AccountStatus.DEREGISTERED);
	}

	@Nested
	class NoticeTimer {

		@Test
		void shouldFireNeitherASecondEarlyNorLate() {
			ProcessInstance instance = toNotice();
			Job timer = timerOf(instance);
			Date due = at(LocalDateTime.of(2026, 10, 16, 0, 0));
			assertThat(timer.getDuedate()).isEqualTo(due);

			ClockUtil.setCurrentTime(new Date(due.getTime() - 1000));
			assertThat(executableTimers(instance)).isEmpty();
			ClockUtil.setCurrentTime(due);
			assertThat(executableTimers(instance)).hasSize(1);

			engine.getManagementService().executeJob(timer.getId());
			assertThat(instance).isWaitingAt(ClosureProcess.TASK_CLOSE_ON_PLATFORM);
		}

		@Test
		void shouldMoveTheTimerWhenTheHolidayDataOfAProvisionalNoticeArrives() throws Exception {
			// published Monday 2032-12-20: the period reaches into 2033, which has no data yet
			ClockUtil.setCurrentTime(at(LocalDateTime.of(2032, 12, 20, 10, 0)));
			ProcessInstance instance = toNotice();
			PublicNotice notice = noticeOf(instance);
			assertThat(notice.isProvisional()).isTrue();
			assertThat(notice.getEndsOn()).hasToString("2033-01-10");
			assertThat(timerOf(instance).getDuedate()).isEqualTo(at(LocalDateTime.of(2033, 1, 11, 0, 0)));

			holidayData.upload(new HolidayYear(2033, "测试通知", "2032-11-01", "test", List.of(),
					List.of(new HolidayYear.Day(java.time.LocalDate.of(2033, 1, 3), "元旦")), List.of()), "admin");

			// Monday 2033-01-03 is now a day off: one working day more
			assertThat(noticeOf(instance).getEndsOn()).hasToString("2033-01-11");
			assertThat(timerOf(instance).getDuedate()).isEqualTo(at(LocalDateTime.of(2033, 1, 12, 0, 0)));
		}

		private List<Job> executableTimers(ProcessInstance instance) {
			return engine.getManagementService()
				.createJobQuery()
				.processInstanceId(instance.getId())
				.timers()
				.executable()
				.list();
		}

	}

	@Nested
	class Ordered {

		@Test
		void shouldCloseAnUnmaintainedAccountWithoutConsolidation() {
			ProcessInstance instance = startByOffice("SHUT_DOWN", "NO_MAINTAINER");
			assertThat(instance).hasNotPassed(ClosureProcess.TASK_CONSOLIDATE).isWaitingAt(ClosureProcess.TASK_UNIT_DECISION);
			assertThat(procedureOf(instance).getApplicantId()).isEqualTo("office");
		}

		@Test
		void shouldConsolidateALowUsageAccountFirst() {
			ProcessInstance instance = startByOffice("SHUT_DOWN", "LOW_USAGE");
			assertThat(instance).isWaitingAt(ClosureProcess.TASK_CONSOLIDATE);
			assertThat(task(instance)).hasCandidateGroup("applicants-" + unit.code());

			assertThatThrownBy(() -> complete(instance, unit.applicant(), applicants(), Map.of()))
				.hasMessageContaining("ART19_CONSOLIDATE_FIRST");
			complete(instance, unit.applicant(), applicants(),
					Map.of("retainedAccount", "澄江气象", "consolidationDone", "历史内容已迁移至“澄江气象”公众号"));
			assertThat(instance).isWaitingAt(ClosureProcess.TASK_UNIT_DECISION);
		}

		@Test
		void shouldNotAskForTheConsolidationAgainWhenTheUnitDecidesAgainAfterARevision() {
			ProcessInstance instance = startByOffice("SHUT_DOWN", "LOW_USAGE");
			complete(instance, unit.applicant(), applicants(),
					Map.of("retainedAccount", "澄江气象", "consolidationDone", "历史内容已迁移至“澄江气象”公众号"));
			approveAsUnit(instance);
			decide(instance, "city", Groups.CITY_GOV_OFFICE, "return", "应为功能相近");
			complete(instance, unit.applicant(), applicants(), Map.of("closureAction", "resubmit", "kind", "SHUT_DOWN",
					"reason", "SIMILAR_FUNCTION", "description", "与“澄江气象”功能相近。"));
			assertThat(instance).isWaitingAt(ClosureProcess.TASK_UNIT_DECISION);
		}

		@Test
		void shouldNotLetTheUnitWithdrawAnOrderedClosure() {
			ProcessInstance instance = startByOffice("SHUT_DOWN", "NO_UPDATES");
			approveAsUnit(instance);
			decide(instance, "city", Groups.CITY_GOV_OFFICE, "return", "请补充说明");
			assertThat(instance).isWaitingAt(ClosureProcess.TASK_REVISE);
			assertThatThrownBy(() -> complete(instance, unit.applicant(), applicants(), Map.of("closureAction", "withdraw")))
				.hasMessageContaining("ORDERED_CLOSURE");
		}

		@Test
		void shouldRefuseAnOrderWithoutAnArticle19Reason() {
			assertThatThrownBy(() -> startByOffice("SHUT_DOWN", "WORK_NEEDS")).hasMessageContaining("第十九条");
		}

	}

	@Nested
	class ReturnsAndRejections {

		@Test
		void shouldGoBackToRevisionWhenTheCityReturnsAndStraightBackToTheCityAfterResubmission() {
			ProcessInstance instance = startByUnit("SHUT_DOWN", "WORK_NEEDS");
			approveAsUnit(instance);
			decide(instance, "city", Groups.CITY_GOV_OFFICE, "return", "请说明粉丝迁移安排");
			assertThat(instance).isWaitingAt(ClosureProcess.TASK_REVISE);
			assertThat(engine.getRuntimeService().getVariable(instance.getId(), "correctionReasons")).asString()
				.contains("请说明粉丝迁移安排");

			complete(instance, unit.applicant(), applicants(), Map.of("closureAction", "resubmit", "kind", "SHUT_DOWN",
					"reason", "WORK_NEEDS", "description", "业务调整，粉丝引导关注“澄江气象”。"));
			assertThat(instance).isWaitingAt(ClosureProcess.TASK_CITY_FILING);
		}

		@Test
		void shouldGoThroughTheUnitAgainWhenTheRevisionChangesTheReason() {
			ProcessInstance instance = startByUnit("SHUT_DOWN", "WORK_NEEDS");
			approveAsUnit(instance);
			decide(instance, "city", Groups.CITY_GOV_OFFICE, "return", "原因应为长期无更新");
			complete(instance, unit.applicant(), applicants(), Map.of("closureAction", "resubmit", "kind", "SHUT_DOWN",
					"reason", "NO_UPDATES", "description", "账号长期无更新。"));
			assertThat(instance).isWaitingAt(ClosureProcess.TASK_UNIT_DECISION);
		}

		@Test
		void shouldEndRejectedWhenTheUnitDecidesAgainst() {
			ProcessInstance instance = startByUnit("SHUT_DOWN", "WORK_NEEDS");
			decide(instance, unit.leader(), leaders(), "reject", "继续运营");
			assertThat(instance).hasPassed(ClosureProcess.END_REJECTED).isEnded();
			assertThat(procedureOf(instance).getOutcome()).isEqualTo(Outcome.REJECTED);
			assertThat(scenario.statusOf(accountId)).isEqualTo(AccountStatus.ACTIVE);
		}

		@Test
		void shouldAskForTheDecisionBasis() {
			ProcessInstance instance = startByUnit("SHUT_DOWN", "WORK_NEEDS");
			assertThatThrownBy(() -> decide(instance, unit.leader(), leaders(), "approve", null))
				.hasMessageContaining("ART18_DECISION_BASIS");
			assertThat(instance).isWaitingAt(ClosureProcess.TASK_UNIT_DECISION);
		}

	}

	@Nested
	class Withdrawals {

		@Test
		void shouldRevokeTheNoticeAndKeepTheAccountWhenWithdrawnDuringTheNotice() {
			ProcessInstance instance = toNotice();
			engine.getRuntimeService()
				.createMessageCorrelation(ClosureProcess.MESSAGE_WITHDRAWN)
				.processInstanceId(instance.getId())
				.correlate();

			assertThat(instance).hasPassed(ClosureProcess.END_WITHDRAWN).isEnded();
			assertThat(noticeOf(instance).isRevoked()).isTrue();
			assertThat(scenario.statusOf(accountId)).isEqualTo(AccountStatus.ACTIVE);
			assertThat(procedureOf(instance).getOutcome()).isEqualTo(Outcome.WITHDRAWN);
		}

		@Test
		void shouldEndWithdrawnWhenTheUnitWithdrawsDuringRevision() {
			ProcessInstance instance = startByUnit("SHUT_DOWN", "WORK_NEEDS");
			decide(instance, unit.leader(), leaders(), "return", "再研究");
			complete(instance, unit.applicant(), applicants(), Map.of("closureAction", "withdraw"));
			assertThat(instance).hasPassed(ClosureProcess.END_WITHDRAWN).isEnded();
			assertThat(scenario.statusOf(accountId)).isEqualTo(AccountStatus.ACTIVE);
		}

	}

	@Test
	void shouldAllowOneClosureOfAnAccountAtATime() {
		startByUnit("SHUT_DOWN", "WORK_NEEDS");
		assertThatThrownBy(() -> startByUnit("DEREGISTRATION", "WORK_NEEDS"))
			.hasMessageContaining("ONE_PROCEDURE_AT_A_TIME");
	}

	// --- steps -------------------------------------------------------------------------------------------------

	@Test
	void shouldCloseNoAccountWhoseCertificationIsNotDeregistered() {
		ProcessInstance instance = toNotice();
		passTheNotice(instance);
		complete(instance, unit.applicant(), applicants(), Map.of("platformClosedOn", "2026-10-16"));
		assertThat(instance).isWaitingAt(ClosureProcess.TASK_DEREGISTER_CERTIFICATION);
		// whatever path reaches the last step (an operator's modification, a later model), the guard holds
		assertThatThrownBy(() -> closures.complete(instance.getId()))
			.hasMessageContaining("[ART19_DEREGISTER_CERTIFICATION]");
		assertThat(scenario.statusOf(accountId)).isEqualTo(AccountStatus.CLOSING);
	}

	private ProcessInstance toNotice() {
		ProcessInstance instance = startByUnit("SHUT_DOWN", "WORK_NEEDS");
		approveAsUnit(instance);
		decide(instance, "city", Groups.CITY_GOV_OFFICE, "approve", null);
		assertThat(instance).isWaitingAt(ClosureProcess.TIMER_NOTICE_ENDED);
		return instance;
	}

	private void passTheNotice(ProcessInstance instance) {
		Job timer = timerOf(instance);
		ClockUtil.setCurrentTime(timer.getDuedate());
		engine.getManagementService().executeJob(timer.getId());
	}

	private void completeClosingSteps(ProcessInstance instance) {
		complete(instance, unit.applicant(), applicants(), Map.of("platformClosedOn", "2026-10-16"));
		assertThat(instance).isWaitingAt(ClosureProcess.TASK_DEREGISTER_CERTIFICATION);
		complete(instance, unit.applicant(), applicants(), Map.of("certificationDeregisteredOn", "2026-10-16"));
		assertThat(instance).isWaitingAt(ClosureProcess.TASK_UPDATE_FILINGS);
		complete(instance, "office", List.of(Groups.BUREAU_OFFICE),
				Map.of("filingUpdateNote", "2026-10-16 已在全国及玉溪备案系统标记关停"));
	}

	private Job timerOf(ProcessInstance instance) {
		return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
	}

	private ProcessInstance startByUnit(String kind, String reason) {
		return start(unit.applicant(), applicants(), kind, reason);
	}

	private ProcessInstance startByOffice(String kind, String reason) {
		return start("office", List.of(Groups.BUREAU_OFFICE), kind, reason);
	}

	private ProcessInstance start(String user, List<String> groups, String kind, String reason) {
		Map<String, Object> variables = Map.of("accountId", accountId, "kind", kind, "reason", reason, "description",
				"该账号因业务调整不再运营。");
		engine.getIdentityService().setAuthentication(user, groups);
		try {
			return engine.getRuntimeService().startProcessInstanceByKey(ClosureProcess.KEY, variables);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private void approveAsUnit(ProcessInstance instance) {
		complete(instance, unit.leader(), leaders(), Map.of("decision", "approve", "decisionBasis", "COLLECTIVE_DECISION",
				"decisionReference", "2026年第9次党组会议纪要"));
	}

	private void decide(ProcessInstance instance, String user, Object groups, String decision, String opinion) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("decision", decision);
		if (opinion != null) {
			variables.put("opinion", opinion);
		}
		complete(instance, user, groups instanceof String group ? List.of(group) : leaders(), variables);
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

	private Procedure procedureOf(ProcessInstance instance) {
		String businessKey = engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getBusinessKey();
		return procedures.findByBusinessKey(businessKey).orElseThrow();
	}

	private PublicNotice noticeOf(ProcessInstance instance) {
		String businessKey = procedureOf(instance).getBusinessKey();
		return notices.findAll().stream().filter(n -> n.getBusinessKey().equals(businessKey)).findFirst().orElseThrow();
	}

	static Date at(LocalDateTime shanghai) {
		return Date.from(shanghai.atZone(SHANGHAI).toInstant());
	}

	static Instant instant(LocalDateTime shanghai) {
		return shanghai.atZone(SHANGHAI).toInstant();
	}

}

package cn.gov.cjqx.approval.takedown;

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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.outage.OutageProcess;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.website.WebsiteStatus;

/**
 * processes/website-takedown.bpmn and website-outage-report.bpmn, with the clock moved through the planned start,
 * the planned end and day 30.
 */
@IntegrationTest
class WebsiteTakedownProcessTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	ProcessEngine engine;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcedureRepository procedures;

	@Autowired
	TakedownService takedowns;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	TestUnit unit;

	long websiteId;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		unit = scenario.newUnit();
		websiteId = scenario.newWebsite(unit);
		ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 11, 2, 9, 0)));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldGoOfflineAtThePlannedStartAndComeBackOnlineWhenConfirmed() {
		ProcessInstance instance = approved("2026-11-10", 5);
		assertThat(instance).isWaitingAt(TakedownProcess.TIMER_PLANNED_START);
		assertThat(scenario.websiteStatusOf(websiteId)).isEqualTo(WebsiteStatus.ONLINE);
		Job start = timer(instance, TakedownProcess.TIMER_PLANNED_START);
		assertThat(start.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 11, 10, 0, 0)));

		fire(start);
		assertThat(instance).isWaitingAt(TakedownProcess.TASK_CONFIRM_RESTORED);
		assertThat(scenario.websiteStatusOf(websiteId)).isEqualTo(WebsiteStatus.OFFLINE_TEMPORARY);

		assertThatThrownBy(() -> complete(instance, TakedownProcess.TASK_CONFIRM_RESTORED, "office",
				Groups.BUREAU_OFFICE, Map.of())).hasMessageContaining("恢复");
		complete(instance, TakedownProcess.TASK_CONFIRM_RESTORED, "office", Groups.BUREAU_OFFICE,
				Map.of("restoredConfirmed", true));
		assertThat(instance).hasPassed(TakedownProcess.END_RESTORED).isEnded();
		assertThat(scenario.websiteStatusOf(websiteId)).isEqualTo(WebsiteStatus.ONLINE);
	}

	@Test
	void shouldRemindAtThePlannedEndAndEscalateOnDay30() {
		ProcessInstance instance = approved("2026-11-10", 5);
		fire(timer(instance, TakedownProcess.TIMER_PLANNED_START));

		Job plannedEnd = timer(instance, TakedownProcess.TIMER_PLANNED_END);
		assertThat(plannedEnd.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 11, 15, 0, 0)));
		fire(plannedEnd);
		Task restore = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(TakedownProcess.TASK_CONFIRM_RESTORED)
			.singleResult();
		assertThat(restore.getPriority()).isEqualTo(TakedownDelegates.OVERDUE_PRIORITY);
		assertThat(engine.getTaskService().getTaskComments(restore.getId())).isNotEmpty();

		Job day30 = timer(instance, TakedownProcess.TIMER_DAY_30);
		assertThat(day30.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 10, 0, 0)));
		ClockUtil.setCurrentTime(new Date(day30.getDuedate().getTime() - 1000));
		assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list())
			.isEmpty();
		fire(day30);
		assertThat(instance).isWaitingAt(TakedownProcess.TASK_CITY_ESCALATION, TakedownProcess.TASK_CONFIRM_RESTORED);
		assertThat(procedureOf(instance).getViolations()).extracting(v -> v.code()).contains("ART10_MAX_30_DAYS");
	}

	@Test
	void shouldAllowOneTakedownPerCalendarYearOfTheOfflineStart() {
		ProcessInstance first = approved("2026-11-10", 5);
		fire(timer(first, TakedownProcess.TIMER_PLANNED_START));
		complete(first, TakedownProcess.TASK_CONFIRM_RESTORED, "office", Groups.BUREAU_OFFICE,
				Map.of("restoredConfirmed", true));
		assertThat(first).isEnded();

		assertThatThrownBy(() -> start("2026-12-20", 3)).hasMessageContaining("ART10_ONCE_PER_YEAR");
		// planned across New Year: counted by the year in which it starts
		assertThatThrownBy(() -> start("2026-12-30", 10)).hasMessageContaining("ART10_ONCE_PER_YEAR");
		assertThat(start("2027-01-04", 3)).isWaitingAt(TakedownProcess.TASK_BUREAU_REVIEW);
	}

	@Test
	void shouldNotCountARejectedTakedownOrAnEmergencyOutage() {
		ProcessInstance rejected = start("2026-11-10", 5);
		complete(rejected, TakedownProcess.TASK_BUREAU_REVIEW, "office", Groups.BUREAU_OFFICE,
				Map.of("decision", "reject", "opinion", "整改方案不完善"));
		assertThat(rejected).hasPassed(TakedownProcess.END_REJECTED).isEnded();

		ProcessInstance outage = reportOutage();
		assertThat(scenario.websiteStatusOf(websiteId)).isEqualTo(WebsiteStatus.OFFLINE_EMERGENCY);
		complete(outage, OutageProcess.TASK_CITY_ACKNOWLEDGE, "city", Groups.CITY_GOV_OFFICE, Map.of("decision", "approve"));
		complete(outage, OutageProcess.TASK_CONFIRM_RESTORED, unit.applicant(), Groups.ofUnit(Groups.APPLICANTS, unit.code()),
				Map.of("restoredConfirmed", true));
		assertThat(outage).hasPassed(OutageProcess.END_RESTORED).isEnded();
		assertThat(scenario.websiteStatusOf(websiteId)).isEqualTo(WebsiteStatus.ONLINE);

		assertThat(approved("2026-11-20", 30)).isWaitingAt(TakedownProcess.TIMER_PLANNED_START);
	}

	@Test
	void shouldTakeNoSiteOfflineWithoutItsCityApprovalAndAnnouncement() {
		ProcessInstance instance = start("2026-11-10", 5);
		assertThatThrownBy(() -> takedowns.takeOffline(instance.getId())).hasMessageContaining("[ART10_CITY_APPROVAL]");
		complete(instance, TakedownProcess.TASK_BUREAU_REVIEW, "office", Groups.BUREAU_OFFICE, Map.of("decision", "approve"));
		complete(instance, TakedownProcess.TASK_CITY_APPROVAL, "city", Groups.CITY_GOV_OFFICE, Map.of("decision", "approve"));
		// a takedown whose announcement is missing (as if a step had been skipped) does not go offline
		jdbc.update("update website_takedown set notice_id = null where procedure_id = ?",
				procedures.findByProcessInstanceId(instance.getId()).orElseThrow().getId());
		assertThatThrownBy(() -> takedowns.takeOffline(instance.getId())).hasMessageContaining("[ART10_ANNOUNCEMENT]");
		assertThat(scenario.websiteStatusOf(websiteId)).isEqualTo(WebsiteStatus.ONLINE);
	}

	@Test
	void shouldRefuseMoreThan30DaysAndAStartInThePast() {
		assertThatThrownBy(() -> start("2026-11-10", 31)).hasMessageContaining("ART10_MAX_30_DAYS");
		assertThatThrownBy(() -> start("2026-11-01", 3)).hasMessageContaining("不能早于今天");
	}

	@Test
	void shouldGoBackForRevisionWhenTheCityReturnsAndThenStraightBackToTheCity() {
		ProcessInstance instance = start("2026-11-10", 5);
		complete(instance, TakedownProcess.TASK_BUREAU_REVIEW, "office", Groups.BUREAU_OFFICE, Map.of("decision", "approve"));
		complete(instance, TakedownProcess.TASK_CITY_APPROVAL, "city", Groups.CITY_GOV_OFFICE,
				Map.of("decision", "return", "opinion", "请缩短下线时间"));
		assertThat(instance).isWaitingAt(TakedownProcess.TASK_REVISE);
		complete(instance, TakedownProcess.TASK_REVISE, unit.applicant(), Groups.ofUnit(Groups.APPLICANTS, unit.code()),
				Map.of("correctionAction", "resubmit", "reason", "栏目整改", "plannedStart", "2026-11-10", "plannedDays", 3));
		assertThat(instance).isWaitingAt(TakedownProcess.TASK_CITY_APPROVAL);
	}

	// --- steps -------------------------------------------------------------------------------------------------

	private ProcessInstance approved(String plannedStart, int days) {
		ProcessInstance instance = start(plannedStart, days);
		complete(instance, TakedownProcess.TASK_BUREAU_REVIEW, "office", Groups.BUREAU_OFFICE, Map.of("decision", "approve"));
		complete(instance, TakedownProcess.TASK_CITY_APPROVAL, "city", Groups.CITY_GOV_OFFICE, Map.of("decision", "approve"));
		return instance;
	}

	private ProcessInstance start(String plannedStart, int days) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("websiteId", websiteId);
		variables.put("reason", "网站改版整改");
		variables.put("plannedStart", plannedStart);
		variables.put("plannedDays", days);
		return asApplicant(() -> engine.getRuntimeService().startProcessInstanceByKey(TakedownProcess.KEY, variables));
	}

	private ProcessInstance reportOutage() {
		Map<String, Object> variables = Map.of("websiteId", websiteId, "cause", "FORCE_MAJEURE", "offlineSince",
				"2026-11-02T08:00:00+08:00", "description", "机房断电");
		return asApplicant(() -> engine.getRuntimeService().startProcessInstanceByKey(OutageProcess.KEY, variables));
	}

	private ProcessInstance asApplicant(java.util.function.Supplier<ProcessInstance> start) {
		engine.getIdentityService()
			.setAuthentication(unit.applicant(), List.of(Groups.APPLICANTS, Groups.ofUnit(Groups.APPLICANTS, unit.code())));
		try {
			return start.get();
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private void complete(ProcessInstance instance, String taskKey, String user, String group,
			Map<String, Object> variables) {
		String taskId = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskKey)
			.singleResult()
			.getId();
		engine.getIdentityService().setAuthentication(user, List.of(group));
		try {
			engine.getTaskService().complete(taskId, variables);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private Job timer(ProcessInstance instance, String activityId) {
		return engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.singleResult();
	}

	private void fire(Job job) {
		ClockUtil.setCurrentTime(job.getDuedate());
		engine.getManagementService().executeJob(job.getId());
	}

	private cn.gov.cjqx.approval.procedure.Procedure procedureOf(ProcessInstance instance) {
		String businessKey = engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getBusinessKey();
		return procedures.findByBusinessKey(businessKey).orElseThrow();
	}

	static Date at(LocalDateTime shanghai) {
		return Date.from(shanghai.atZone(SHANGHAI).toInstant());
	}

}

package cn.gov.cjqx.approval.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.ListenerTestProcess;

/** The shared approval-task plumbing, through a test process with a single approval task. */
@IntegrationTest
class ApprovalTaskListenerTests {

	static final String PROCESS = ListenerTestProcess.KEY;

	static final String TASK = ListenerTestProcess.TASK;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ApprovalRecordRepository records;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		ListenerTestProcess.deploy(engine.getRepositoryService());
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	/**
	 * Completes the task as the bureau office user. Only around the call: with authorization on, an authenticated
	 * user's queries (BPM Assert's too) see only what the user is granted.
	 */
	private void completeAsOffice(String taskId, Map<String, Object> variables) {
		engine.getIdentityService().setAuthentication("office", List.of(Groups.BUREAU_OFFICE));
		try {
			engine.getTaskService().complete(taskId, variables);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private ProcessInstance start(String businessKey) {
		return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, businessKey);
	}

	@Test
	void shouldRecordWhoDecidedWhatForWhichGroup() {
		ProcessInstance instance = start("LISTENER-APPROVE");
		assertThat(instance).isWaitingAt(TASK);

		completeAsOffice(task(instance).getId(), Map.of("decision", "approve", "opinion", "  同意开设  "));

		assertThat(instance).hasPassed("EndEvent_Approved").isEnded();
		List<ApprovalRecord> saved = records.findByBusinessKeyOrderByDecidedAtAscIdAsc("LISTENER-APPROVE");
		assertThat(saved).singleElement().satisfies(record -> {
			assertThat(record.getUserId()).isEqualTo("office");
			assertThat(record.getGroupId()).isEqualTo(Groups.BUREAU_OFFICE);
			assertThat(record.getTaskKey()).isEqualTo(TASK);
			assertThat(record.getTaskName()).isEqualTo("局办公室审核");
			assertThat(record.getDecision()).isEqualTo(Decision.APPROVE);
			assertThat(record.getOpinion()).isEqualTo("同意开设");
			assertThat(record.getProcessInstanceId()).isEqualTo(instance.getId());
		});
	}

	@Test
	void shouldAcceptApprovalWithoutOpinion() {
		ProcessInstance instance = start("LISTENER-NO-OPINION");
		completeAsOffice(task(instance).getId(), Map.of("decision", "approve"));
		assertThat(records.findByBusinessKeyOrderByDecidedAtAscIdAsc("LISTENER-NO-OPINION")).singleElement()
			.extracting(ApprovalRecord::getOpinion)
			.isNull();
	}

	@Nested
	class Refused {

		@Test
		void shouldRefuseCompletionWithoutDecision() {
			assertRefused("LISTENER-MISSING", Map.of("opinion", "x"), "APPROVAL_DECISION_INVALID");
		}

		@Test
		void shouldRefuseAnUnknownDecision() {
			assertRefused("LISTENER-UNKNOWN", Map.of("decision", "maybe"), "APPROVAL_DECISION_INVALID");
		}

		@Test
		void shouldRefuseReturnWithoutOpinion() {
			assertRefused("LISTENER-RETURN", Map.of("decision", "return", "opinion", "   "), "APPROVAL_OPINION_REQUIRED");
		}

		@Test
		void shouldRefuseRejectWithoutOpinion() {
			assertRefused("LISTENER-REJECT", Map.of("decision", "reject"), "APPROVAL_OPINION_REQUIRED");
		}

		@Test
		void shouldRefuseAnOverlongOpinion() {
			assertRefused("LISTENER-LONG", Map.of("decision", "reject", "opinion", "字".repeat(2001)),
					"APPROVAL_OPINION_TOO_LONG");
		}

		@Test
		void shouldRefuseADecisionFromAPreviousTaskLeftInTheProcess() {
			ProcessInstance instance = engine.getRuntimeService()
				.startProcessInstanceByKey(PROCESS, "LISTENER-STALE", Map.of("decision", "approve"));
			assertThatThrownBy(() -> completeAsOffice(task(instance).getId(), Map.of()))
				.hasMessageContaining("APPROVAL_DECISION_INVALID");
		}

		private void assertRefused(String businessKey, Map<String, Object> variables, String code) {
			ProcessInstance instance = start(businessKey);
			String taskId = task(instance).getId();

			assertThatThrownBy(() -> completeAsOffice(taskId, variables))
				.isInstanceOf(ProcessEngineException.class)
				.hasMessageContaining(code);

			assertThat(instance).isWaitingAt(TASK);
			assertThat(records.findByBusinessKeyOrderByDecidedAtAscIdAsc(businessKey)).isEmpty();
		}

	}

	@Nested
	class DueDate {

		@Test
		void shouldBeDueAtTheEndOfTheFifthWorkingDay() {
			// Friday 2026-09-18: Sep 20 (Sun) is a make-up working day, Sep 25 (Fri) a day off (Mid-Autumn)
			ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 9, 18, 10, 0)));
			ProcessInstance instance = start("LISTENER-DUE");
			assertThat(task(instance).getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 9, 24, 23, 59, 59)));
		}

		@Test
		void shouldCountFromTheDayInShanghaiNotFromUtc() {
			// 2026-09-17 17:00 UTC is already Friday 2026-09-18 01:00 in Shanghai
			ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-17T17:00:00Z")));
			ProcessInstance instance = start("LISTENER-DUE-ZONE");
			assertThat(task(instance).getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 9, 24, 23, 59, 59)));
		}

		private Date at(LocalDateTime shanghai) {
			return Date.from(shanghai.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		}

	}

}

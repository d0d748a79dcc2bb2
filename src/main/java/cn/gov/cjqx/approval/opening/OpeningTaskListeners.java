package cn.gov.cjqx.approval.opening;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.procedure.Actors;
import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.procedure.Correction;
import cn.gov.cjqx.approval.procedure.CorrectionChoice;
import cn.gov.cjqx.approval.procedure.Decision;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.procedure.Refusals;
import cn.gov.cjqx.approval.system.RecordVariables;

/** The listeners of the opening's user tasks, besides the shared approvalTaskListener. */
@Configuration(proxyBeanMethods = false)
class OpeningTaskListeners {

	/**
	 * The correction step for the portal (Task_CorrectFiling): every field of the filing, resubmitted through the
	 * opening's own door (POST /api/new-media/openings/{key}/correction).
	 */
	@Bean
	Correction openingCorrection() {
		return new Correction(ProcedureKind.NEW_MEDIA_OPENING, OpeningProcess.TASK_CORRECT_FILING,
				Arrays.stream(OpeningFiling.class.getRecordComponents()).map(RecordComponent::getName).toList(),
				OpeningProcess.CORRECTION_ACTION, false);
	}

	/** On create of every user task: the filing's key facts and the earlier decisions, for the form. */
	@Bean
	TaskListener openingTaskContextListener(OpeningSummaries summaries) {
		return task -> {
			long procedureId = summaries.procedureIdOf(task.getProcessInstanceId());
			ProcedureVariables.FILING_SUMMARY.on(task).set(summaries.filing(procedureId));
			ProcedureVariables.APPROVAL_HISTORY.on(task)
				.set(summaries.history(task.getExecution().getProcessBusinessKey()));
		};
	}

	/**
	 * Task_CorrectFiling: says why the filing is back and gives the form the filing's fields (create), and accepts only
	 * resubmit or withdraw (complete).
	 */
	@Bean
	TaskListener correctionTaskListener(OpeningService openings, RecordVariables variables) {
		return task -> {
			if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
				ProcedureVariables.CORRECTION_REASONS.on(task).set(correctionReasons(task));
				OpeningProcess.CORRECTION_ACTION.on(task).remove();
				filingFieldsForTheForm(task, variables.toVariables(
						openings.filing(openings.procedureIdOf(task.getProcessInstanceId()))));
			}
			else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
				CorrectionChoice.of(task, OpeningProcess.CORRECTION_ACTION).accept(task);
			}
		};
	}

	/**
	 * The correction form edits the filing's fields as process variables. A start form or an earlier correction left
	 * them; a start through our API did not (see {@link OpeningProcess#SUBMITTED_FILING}): those absent are set from
	 * opening_filing.
	 */
	private static void filingFieldsForTheForm(DelegateTask task, VariableMap filing) {
		DelegateExecution process = task.getExecution().getProcessInstance();
		filing.forEach((name, value) -> {
			if (!process.hasVariable(name)) {
				process.setVariable(name, filing.getValueTyped(name));
			}
		});
	}

	private static String correctionReasons(DelegateTask task) {
		if (Decision.RETURN.value().equals(ApprovalVariables.DECISION.from(task).get())) {
			return "审批人员退回修改，意见：" + ApprovalVariables.OPINION.from(task).get();
		}
		return "规则检查发现以下问题，请修改后重新提交：\n" + OpeningProcess.VIOLATIONS_TEXT.from(task).get();
	}

	/**
	 * Task_UnitDecision: a first decision starts empty, a repeated one (a correction changed what the unit decided on)
	 * with the meeting and minutes of the last one filled in, the main leader's consent to be given again (create); an
	 * approval needs the meeting, the minutes and the main leader's consent, and keeps what it decided on (complete).
	 */
	@Bean
	TaskListener unitDecisionListener(OpeningService openings, CollectiveDecisionRule rule) {
		return task -> {
			long procedureId = openings.procedureIdOf(task.getProcessInstanceId());
			if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
				OpeningProcess.MAIN_LEADER_CONSENT.on(task).remove();
				openings.lastCollectiveDecision(procedureId).ifPresentOrElse(last -> {
					// as the form's date field submits it: yyyy-MM-dd text
					task.setVariable(OpeningProcess.MEETING_DATE.name(), last.meetingDate().toString());
					OpeningProcess.MINUTES_MATERIAL_ID.on(task).set(last.minutesMaterialId().toString());
				}, () -> {
					OpeningProcess.MEETING_DATE.on(task).remove();
					OpeningProcess.MINUTES_MATERIAL_ID.on(task).remove();
				});
				return;
			}
			ProcedureVariables.DECIDE_AGAIN_REASON.on(task.getExecution().getProcessInstance()).remove();
			if (!Decision.APPROVE.value().equals(ApprovalVariables.DECISION.from(task).get())) {
				return;
			}
			LocalDate meetingDate = OpeningProcess.MEETING_DATE.from(task).get();
			UUID minutes = uuid(OpeningProcess.MINUTES_MATERIAL_ID.from(task).get());
			LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
			Refusals.refuseAny(rule.check(new CollectiveDecisionRule.Facts(meetingDate, minutes,
					OpeningProcess.MAIN_LEADER_CONSENT.from(task).get(), today)));
			openings.recordCollectiveDecision(procedureId, meetingDate, minutes);
			ProcedureVariables.UNIT_DECIDED_ON.on(task.getExecution().getProcessInstance())
				.set(OpeningProcess.UNIT_DECISION_SUBJECT.fingerprints(openings.filingJson(procedureId)));
		};
	}

	/** Task_RecordFilingNumbers, on complete: both numbers present and well-formed (ART16_FILING). */
	@Bean
	TaskListener filingNumbersListener(OpeningService openings, FilingNumbersRule rule) {
		return task -> {
			String national = OpeningProcess.NATIONAL_FILING_NO.from(task).get();
			String yuxi = OpeningProcess.YUXI_FILING_NO.from(task).get();
			Refusals.refuseAny(rule.check(new FilingNumbersRule.Facts(national, yuxi)));
			openings.recordFilingNumbers(openings.procedureIdOf(task.getProcessInstanceId()), national.strip(),
					yuxi.strip(), Actors.of(task));
		};
	}

	private static UUID uuid(Object value) {
		try {
			return value == null || value.toString().isBlank() ? null : UUID.fromString(value.toString().strip());
		}
		catch (IllegalArgumentException e) {
			throw Refusals.refused("INVALID_VALUE", "会议纪要的材料编号格式不正确");
		}
	}

}

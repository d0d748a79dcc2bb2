package cn.gov.cjqx.approval.opening;

import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.procedure.Actors;
import cn.gov.cjqx.approval.procedure.CorrectionChoice;
import cn.gov.cjqx.approval.procedure.Decision;
import cn.gov.cjqx.approval.procedure.Refusals;
import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.system.RecordVariables;

/** The listeners of the opening's user tasks, besides the shared approvalTaskListener. */
@Configuration(proxyBeanMethods = false)
class OpeningTaskListeners {

	/** On create of every user task: the filing's key facts and the earlier decisions, for the form. */
	@Bean
	TaskListener openingTaskContextListener(OpeningSummaries summaries) {
		return task -> {
			long procedureId = summaries.procedureIdOf(task.getProcessInstanceId());
			task.setVariable(OpeningProcess.FILING_SUMMARY, summaries.filing(procedureId));
			task.setVariable(OpeningProcess.APPROVAL_HISTORY,
					summaries.history(task.getExecution().getProcessBusinessKey()));
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
				task.setVariable(OpeningProcess.CORRECTION_REASONS, correctionReasons(task));
				task.removeVariable(OpeningProcess.CORRECTION_ACTION);
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
		if (Decision.RETURN.value().equals(task.getVariable(ApprovalVariables.DECISION))) {
			return "审批人员退回修改，意见：" + task.getVariable(ApprovalVariables.OPINION);
		}
		return "规则检查发现以下问题，请修改后重新提交：\n" + task.getVariable(OpeningProcess.VIOLATIONS_TEXT);
	}

	/**
	 * Task_UnitDecision: each round of decision starts empty (create); an approval needs the meeting, the minutes and
	 * the main leader's consent (complete).
	 */
	@Bean
	TaskListener unitDecisionListener(OpeningService openings) {
		return task -> {
			if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
				task.removeVariable(OpeningProcess.MEETING_DATE);
				task.removeVariable(OpeningProcess.MINUTES_MATERIAL_ID);
				task.removeVariable(OpeningProcess.MAIN_LEADER_CONSENT);
				return;
			}
			if (!Decision.APPROVE.value().equals(task.getVariable(ApprovalVariables.DECISION))) {
				return;
			}
			LocalDate meetingDate = date(task.getVariable(OpeningProcess.MEETING_DATE));
			UUID minutes = uuid(task.getVariable(OpeningProcess.MINUTES_MATERIAL_ID));
			LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
			if (meetingDate == null || meetingDate.isAfter(today)) {
				throw Refusals.refused("ART16_COLLECTIVE_DECISION", "请填写单位集体研究的会议日期（不能晚于今天）");
			}
			if (minutes == null) {
				throw Refusals.refused("ART16_COLLECTIVE_DECISION", "请上传经主要领导签批的会议纪要，并填写其材料编号");
			}
			if (!Boolean.TRUE.equals(task.getVariable(OpeningProcess.MAIN_LEADER_CONSENT))) {
				throw Refusals.refused("ART16_COLLECTIVE_DECISION", "开设政务新媒体须经主要领导同意（第十六条）");
			}
			openings.recordCollectiveDecision(openings.procedureIdOf(task.getProcessInstanceId()), meetingDate, minutes);
		};
	}

	/** Task_RecordFilingNumbers, on complete: both numbers present and well-formed (ART16_FILING). */
	@Bean
	TaskListener filingNumbersListener(OpeningService openings) {
		return task -> {
			Object national = task.getVariable(OpeningProcess.NATIONAL_FILING_NO);
			Object yuxi = task.getVariable(OpeningProcess.YUXI_FILING_NO);
			String problem = FilingNumbers.problem(national, yuxi);
			if (problem != null) {
				throw Refusals.refused("ART16_FILING", problem);
			}
			openings.recordFilingNumbers(openings.procedureIdOf(task.getProcessInstanceId()), national.toString().strip(),
					yuxi.toString().strip(), Actors.of(task));
		};
	}

	private static LocalDate date(Object value) {
		try {
			if (value instanceof Date date) {
				return date.toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
			}
			return value instanceof String text && !text.isBlank() ? LocalDate.parse(text.strip().substring(0, 10)) : null;
		}
		catch (RuntimeException e) {
			throw Refusals.refused("INVALID_VALUE", "会议日期格式不正确，应为 年-月-日");
		}
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

package cn.gov.cjqx.approval.change;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.procedure.ApprovalHistory;
import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.procedure.Decision;

/** The listeners of the change's user tasks, besides the shared approvalTaskListener. */
@Configuration(proxyBeanMethods = false)
class ChangeTaskListeners {

	/** On create of every user task: the changes (old → new) and the earlier opinions, for the form. */
	@Bean
	TaskListener changeTaskContextListener(ChangeService changes, ApprovalHistory history) {
		return task -> {
			task.setVariable("filingSummary", changes.summary(task.getProcessInstanceId()));
			task.setVariable("approvalHistory", history.markdown(task.getExecution().getProcessBusinessKey()));
		};
	}

	/** Task_CorrectChange: why it is back (create); resubmit or withdraw (complete). */
	@Bean
	TaskListener changeCorrectionListener() {
		return task -> {
			if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
				task.setVariable("correctionReasons",
						Decision.RETURN.value().equals(task.getVariable(ApprovalVariables.DECISION))
								? "审批人员退回修改，意见：" + task.getVariable(ApprovalVariables.OPINION)
								: "规则检查发现以下问题，请修改后重新提交：\n" + task.getVariable(ChangeProcess.VIOLATIONS_TEXT));
				task.removeVariable(ChangeProcess.CORRECTION_ACTION);
				return;
			}
			Object action = task.getVariable(ChangeProcess.CORRECTION_ACTION);
			if (!"resubmit".equals(action) && !"withdraw".equals(action)) {
				throw ChangeService.refused("INVALID_VALUE", "请选择“修改后重新提交”（resubmit）或“撤回申请”（withdraw）");
			}
		};
	}

	/** Task_ApplyChange and Task_UpdateFiling, on complete. */
	@Bean
	TaskListener changeStepListener(ChangeService changes) {
		return task -> {
			if (ChangeProcess.TASK_APPLY_CHANGE.equals(task.getTaskDefinitionKey())) {
				changes.recordApplied(task.getProcessInstanceId(), pastDate(task, ChangeProcess.APPLIED_ON));
				return;
			}
			Object note = task.getVariable(ChangeProcess.FILING_UPDATE_NOTE);
			if (note == null || note.toString().isBlank()) {
				throw ChangeService.refused("ART16_FILING", "请说明在全国及玉溪备案系统中的更新情况");
			}
			changes.recordFilingUpdate(task.getProcessInstanceId(), note.toString().strip());
		};
	}

	private static LocalDate pastDate(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		LocalDate date;
		try {
			date = value instanceof Date d ? d.toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate()
					: LocalDate.parse(String.valueOf(value).strip().substring(0, 10));
		}
		catch (RuntimeException e) {
			throw ChangeService.refused("INVALID_VALUE", "请填写在平台完成变更的日期（年-月-日）");
		}
		if (date.isAfter(ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate())) {
			throw ChangeService.refused("INVALID_VALUE", "完成变更的日期不能晚于今天");
		}
		return date;
	}

}

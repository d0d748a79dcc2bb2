package cn.gov.cjqx.approval.change;


import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.procedure.CorrectionChoice;
import cn.gov.cjqx.approval.procedure.ApprovalHistory;
import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.procedure.Decision;
import cn.gov.cjqx.approval.procedure.Refusals;

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
			CorrectionChoice.of(task, ChangeProcess.CORRECTION_ACTION).accept(task);
		};
	}

	/** Task_ApplyChange and Task_UpdateFiling, on complete. */
	@Bean
	TaskListener changeStepListener(ChangeService changes) {
		return task -> {
			if (ChangeProcess.TASK_APPLY_CHANGE.equals(task.getTaskDefinitionKey())) {
				changes.recordApplied(task.getProcessInstanceId(),
						Refusals.pastDate(task, ChangeProcess.APPLIED_ON, "在平台完成变更的日期"));
				return;
			}
			String note = Refusals.text(task, ChangeProcess.FILING_UPDATE_NOTE);
			if (note == null) {
				throw Refusals.refused("ART16_FILING", "请说明在全国及玉溪备案系统中的更新情况");
			}
			changes.recordFilingUpdate(task.getProcessInstanceId(), note);
		};
	}

}

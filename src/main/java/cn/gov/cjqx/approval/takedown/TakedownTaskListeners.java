package cn.gov.cjqx.approval.takedown;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.procedure.ApprovalHistory;
import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.procedure.Correction;
import cn.gov.cjqx.approval.procedure.CorrectionChoice;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;

/** The listeners of the takedown's user tasks, besides the shared approvalTaskListener. */
@Configuration(proxyBeanMethods = false)
class TakedownTaskListeners {

	/** The correction step for the portal (Task_ReviseTakedown: the fields of forms/website-takedown-revision.form). */
	@Bean
	Correction takedownCorrection() {
		return new Correction(ProcedureKind.WEBSITE_TAKEDOWN, TakedownProcess.TASK_REVISE, List.of("reason", "plannedStart", "plannedDays"),
				TakedownProcess.CORRECTION_ACTION, true);
	}

	@Bean
	TaskListener takedownTaskContextListener(TakedownService takedowns, ApprovalHistory history) {
		return task -> {
			ProcedureVariables.FILING_SUMMARY.on(task).set(takedowns.summary(task.getProcessInstanceId()));
			ProcedureVariables.APPROVAL_HISTORY.on(task).set(history.markdown(task.getExecution().getProcessBusinessKey()));
		};
	}

	/** Task_ReviseTakedown: why it is back (create); resubmit or withdraw (complete). */
	@Bean
	TaskListener takedownRevisionListener() {
		return task -> {
			if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
				ProcedureVariables.CORRECTION_REASONS.on(task).set("审批人员退回修改，意见：" + ApprovalVariables.OPINION.from(task).get());
				TakedownProcess.CORRECTION_ACTION.on(task).remove();
				return;
			}
			CorrectionChoice.of(task, TakedownProcess.CORRECTION_ACTION).accept(task);
		};
	}

}

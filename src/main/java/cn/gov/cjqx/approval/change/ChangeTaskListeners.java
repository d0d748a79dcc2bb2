package cn.gov.cjqx.approval.change;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.procedure.ApprovalHistory;
import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.procedure.Correction;
import cn.gov.cjqx.approval.procedure.CorrectionChoice;
import cn.gov.cjqx.approval.procedure.Decision;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.procedure.Refusals;

/** The listeners of the change's user tasks, besides the shared approvalTaskListener. */
@Configuration(proxyBeanMethods = false)
class ChangeTaskListeners {

	/** The correction step for the portal (Task_CorrectChange: the fields of forms/new-media-change-correction.form). */
	@Bean
	Correction changeCorrection() {
		return new Correction(ProcedureKind.NEW_MEDIA_CHANGE, ChangeProcess.TASK_CORRECT_CHANGE, List.of("reason", "decisionBasis", "decisionReference"),
				ChangeProcess.CORRECTION_ACTION, true);
	}

	/** On create of every user task: the changes (old → new) and the earlier opinions, for the form. */
	@Bean
	TaskListener changeTaskContextListener(ChangeService changes, ApprovalHistory history) {
		return task -> {
			ProcedureVariables.FILING_SUMMARY.on(task).set(changes.summary(task.getProcessInstanceId()));
			ProcedureVariables.APPROVAL_HISTORY.on(task).set(history.markdown(task.getExecution().getProcessBusinessKey()));
		};
	}

	/** Task_CorrectChange: why it is back (create); resubmit or withdraw (complete). */
	@Bean
	TaskListener changeCorrectionListener() {
		return task -> {
			if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
				ProcedureVariables.CORRECTION_REASONS.on(task)
					.set(Decision.RETURN.value().equals(ApprovalVariables.DECISION.from(task).get())
								? "审批人员退回修改，意见：" + ApprovalVariables.OPINION.from(task).get()
								: "规则检查发现以下问题，请修改后重新提交：\n" + ChangeProcess.VIOLATIONS_TEXT.from(task).get());
				ChangeProcess.CORRECTION_ACTION.on(task).remove();
				return;
			}
			CorrectionChoice.of(task, ChangeProcess.CORRECTION_ACTION).accept(task);
		};
	}

	/** Task_UnitDecision, on complete: an approval keeps what the unit decided on (ChangeProcess#UNIT_DECISION_SUBJECT). */
	@Bean
	TaskListener changeUnitDecisionListener(ChangeService changes) {
		return task -> {
			ProcedureVariables.DECIDE_AGAIN_REASON.on(task.getExecution().getProcessInstance()).remove();
			if (Decision.APPROVE.value().equals(ApprovalVariables.DECISION.from(task).get())) {
				ProcedureVariables.UNIT_DECIDED_ON.on(task.getExecution().getProcessInstance())
					.set(ChangeProcess.UNIT_DECISION_SUBJECT.fingerprints(changes.requestJson(task.getProcessInstanceId())));
			}
		};
	}

	/** Task_ApplyChange and Task_UpdateFiling, on complete. */
	@Bean
	TaskListener changeStepListener(ChangeService changes) {
		return task -> {
			if (ChangeProcess.TASK_APPLY_CHANGE.equals(task.getTaskDefinitionKey())) {
				changes.recordApplied(task.getProcessInstanceId(),
						Refusals.pastDate(task, ChangeProcess.APPLIED_ON));
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

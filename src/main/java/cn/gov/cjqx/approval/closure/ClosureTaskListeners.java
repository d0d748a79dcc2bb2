package cn.gov.cjqx.approval.closure;


import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.procedure.DecisionBasis;
import cn.gov.cjqx.approval.procedure.CorrectionChoice;
import cn.gov.cjqx.approval.procedure.ApprovalHistory;
import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.procedure.Decision;
import cn.gov.cjqx.approval.procedure.Refusals;

/** The listeners of the closure's user tasks, besides the shared approvalTaskListener. */
@Configuration(proxyBeanMethods = false)
class ClosureTaskListeners {

	/** On create of every user task: the closure's facts and the earlier opinions, for the form. */
	@Bean
	TaskListener closureTaskContextListener(ClosureService closures, ApprovalHistory history) {
		return task -> {
			task.setVariable("filingSummary", closures.summary(task.getProcessInstanceId()));
			task.setVariable("approvalHistory", history.markdown(task.getExecution().getProcessBusinessKey()));
		};
	}

	/** Task_Consolidate, on complete: ART19_CONSOLIDATE_FIRST. */
	@Bean
	TaskListener consolidationListener(ClosureService closures) {
		return task -> {
			String retained = Refusals.text(task, ClosureProcess.RETAINED_ACCOUNT);
			String done = Refusals.text(task, ClosureProcess.CONSOLIDATION_DONE);
			if (retained == null || done == null) {
				throw Refusals.refused("ART19_CONSOLIDATE_FIRST", "先整合后关停：请填写保留的账号和已完成的整合情况（第十九条）");
			}
			closures.recordConsolidation(task.getProcessInstanceId(), retained, done);
		};
	}

	/** Task_UnitDecision, on complete: an approval names its basis, collective decision or main leader's consent. */
	@Bean
	TaskListener decisionBasisListener(ClosureService closures) {
		return task -> {
			if (!Decision.APPROVE.value().equals(task.getVariable(ApprovalVariables.DECISION))) {
				return;
			}
			DecisionBasis basis;
			try {
				basis = DecisionBasis.valueOf(String.valueOf(task.getVariable(ClosureProcess.DECISION_BASIS)));
			}
			catch (IllegalArgumentException e) {
				throw Refusals.refused("ART18_DECISION_BASIS", "请选择决定依据：单位集体研究或主要领导同意（第十八条）");
			}
			String reference = Refusals.text(task, ClosureProcess.DECISION_REFERENCE);
			if (reference == null) {
				throw Refusals.refused("ART18_DECISION_BASIS", "请填写会议纪要编号或主要领导签批文件");
			}
			closures.recordDecisionBasis(task.getProcessInstanceId(), basis, reference);
		};
	}

	/** Task_ReviseClosure: why it is back (create); resubmit, or withdraw unless ordered (complete). */
	@Bean
	TaskListener closureRevisionListener(ClosureService closures) {
		return task -> {
			if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
				task.setVariable("correctionReasons", "审批人员退回修改，意见：" + task.getVariable(ApprovalVariables.OPINION));
				task.removeVariable(ClosureProcess.CLOSURE_ACTION);
				return;
			}
			CorrectionChoice choice = CorrectionChoice.of(task, ClosureProcess.CLOSURE_ACTION);
			if (choice == CorrectionChoice.WITHDRAW && closures.ordered(task.getProcessInstanceId())) {
				throw Refusals.refused("ORDERED_CLOSURE", "局办公室责令的关停不能由单位撤回");
			}
			choice.accept(task);
		};
	}

	/** Task_CloseOnPlatform, Task_DeregisterCertification, Task_UpdateFilings, on complete. */
	@Bean
	TaskListener closureStepListener(ClosureService closures) {
		return task -> {
			String instance = task.getProcessInstanceId();
			switch (task.getTaskDefinitionKey()) {
				case ClosureProcess.TASK_CLOSE_ON_PLATFORM ->
					closures.recordPlatformClosed(instance, Refusals.pastDate(task, ClosureProcess.PLATFORM_CLOSED_ON, "平台关停日期"));
				case ClosureProcess.TASK_DEREGISTER_CERTIFICATION -> closures.recordCertificationDeregistered(instance,
						Refusals.pastDate(task, ClosureProcess.CERTIFICATION_DEREGISTERED_ON, "认证注销日期"));
				case ClosureProcess.TASK_UPDATE_FILINGS -> {
					String note = Refusals.text(task, ClosureProcess.FILING_UPDATE_NOTE);
					if (note == null) {
						throw Refusals.refused("ART16_FILING", "请说明在全国及玉溪备案系统中的更新情况");
					}
					closures.recordFilingUpdate(instance, note);
				}
				default -> throw new IllegalStateException("closureStepListener on " + task.getTaskDefinitionKey());
			}
		};
	}

}

package cn.gov.cjqx.approval.closure;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.procedure.ApprovalHistory;
import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.procedure.Correction;
import cn.gov.cjqx.approval.procedure.CorrectionChoice;
import cn.gov.cjqx.approval.procedure.Decision;
import cn.gov.cjqx.approval.procedure.DecisionBasisRule;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.procedure.Refusals;

/** The listeners of the closure's user tasks, besides the shared approvalTaskListener. */
@Configuration(proxyBeanMethods = false)
class ClosureTaskListeners {

	/** The correction step for the portal (Task_ReviseClosure: the fields of forms/new-media-closure-revision.form). */
	@Bean
	Correction closureCorrection() {
		return new Correction(ProcedureKind.NEW_MEDIA_CLOSURE, ClosureProcess.TASK_REVISE, List.of("kind", "reason", "description"),
				ClosureProcess.CLOSURE_ACTION, true);
	}

	/** On create of every user task: the closure's facts and the earlier opinions, for the form. */
	@Bean
	TaskListener closureTaskContextListener(ClosureService closures, ApprovalHistory history) {
		return task -> {
			ProcedureVariables.FILING_SUMMARY.on(task).set(closures.summary(task.getProcessInstanceId()));
			ProcedureVariables.APPROVAL_HISTORY.on(task).set(history.markdown(task.getExecution().getProcessBusinessKey()));
		};
	}

	/** Task_Consolidate, on complete: ART19_CONSOLIDATE_FIRST. */
	@Bean
	TaskListener consolidationListener(ClosureService closures, ConsolidateFirstRule rule) {
		return task -> {
			String retained = Refusals.text(task, ClosureProcess.RETAINED_ACCOUNT);
			String done = Refusals.text(task, ClosureProcess.CONSOLIDATION_DONE);
			Refusals.refuseAny(rule.check(new ConsolidateFirstRule.Facts(retained, done)));
			closures.recordConsolidation(task.getProcessInstanceId(), retained, done);
		};
	}

	/**
	 * Task_UnitDecision: a first decision starts empty, a repeated one (a revision changed what the unit decided on)
	 * with the basis and document the unit recorded last (create, from our table); an approval names its basis,
	 * collective decision or main leader's consent, and keeps what it decided on (complete).
	 */
	@Bean
	TaskListener decisionBasisListener(ClosureService closures, DecisionBasisRule rule) {
		return task -> {
			if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
				closures.lastDecisionBasis(task.getProcessInstanceId()).ifPresentOrElse(last -> {
					ClosureProcess.DECISION_BASIS.on(task).set(last.basis().name());
					ClosureProcess.DECISION_REFERENCE.on(task).set(last.reference());
				}, () -> {
					ClosureProcess.DECISION_BASIS.on(task).remove();
					ClosureProcess.DECISION_REFERENCE.on(task).remove();
				});
				return;
			}
			ProcedureVariables.DECIDE_AGAIN_REASON.on(task.getExecution().getProcessInstance()).remove();
			if (!Decision.APPROVE.value().equals(ApprovalVariables.DECISION.from(task).get())) {
				return;
			}
			DecisionBasisRule.Facts facts = new DecisionBasisRule.Facts(ClosureProcess.DECISION_BASIS.from(task).get(),
					Refusals.text(task, ClosureProcess.DECISION_REFERENCE));
			Refusals.refuseAny(rule.check(facts));
			closures.recordDecisionBasis(task.getProcessInstanceId(), DecisionBasisRule.basis(facts), facts.reference());
			ProcedureVariables.UNIT_DECIDED_ON.on(task.getExecution().getProcessInstance())
				.set(ClosureProcess.UNIT_DECISION_SUBJECT.fingerprintsOf(closures.request(task.getProcessInstanceId())));
		};
	}

	/** Task_ReviseClosure: why it is back (create); resubmit, or withdraw unless ordered (complete). */
	@Bean
	TaskListener closureRevisionListener(ClosureService closures) {
		return task -> {
			if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
				ProcedureVariables.CORRECTION_REASONS.on(task).set("审批人员退回修改，意见：" + ApprovalVariables.OPINION.from(task).get());
				ClosureProcess.CLOSURE_ACTION.on(task).remove();
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
					closures.recordPlatformClosed(instance, Refusals.pastDate(task, ClosureProcess.PLATFORM_CLOSED_ON));
				case ClosureProcess.TASK_DEREGISTER_CERTIFICATION -> closures.recordCertificationDeregistered(instance,
						Refusals.pastDate(task, ClosureProcess.CERTIFICATION_DEREGISTERED_ON));
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

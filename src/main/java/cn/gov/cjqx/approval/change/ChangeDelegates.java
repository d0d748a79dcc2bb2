package cn.gov.cjqx.approval.change;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.procedure.ReturnedStep;
import cn.gov.cjqx.approval.rules.RuleCheckVariables;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** The service tasks of new-media-change: each a thin call into {@link ChangeService}. */
@Configuration(proxyBeanMethods = false)
class ChangeDelegates {

	/** Task_RecordChange */
	/**
	 * Task_RecordChange: stores the request and chooses where it goes after the checks: to the unit's decision, or,
	 * when an approver returned it and the correction left what the unit decided on as it was, straight back to that
	 * approver (ChangeProcess#UNIT_DECISION_SUBJECT).
	 */
	@Bean
	JavaDelegate recordChangeDelegate(ChangeService changes) {
		return execution -> {
			changes.record(execution);
			String decidedOn = ProcedureVariables.UNIT_DECIDED_ON.from(execution).get();
			List<String> changed = ChangeProcess.UNIT_DECISION_SUBJECT.changed(decidedOn,
					changes.requestJson(execution.getProcessInstanceId()));
			String resumeAt = ReturnedStep.decide(execution, ChangeProcess.TASK_UNIT_DECISION, changed.isEmpty());
			if (decidedOn != null && ChangeProcess.TASK_UNIT_DECISION.equals(resumeAt) && !changed.isEmpty()) {
				ProcedureVariables.DECIDE_AGAIN_REASON.on(execution.getProcessInstance())
					.set("补正修改了单位已决定的内容（" + ChangeProcess.UNIT_DECISION_SUBJECT.labelsOf(changed) + "），请重新决定。");
			}
			else {
				ProcedureVariables.DECIDE_AGAIN_REASON.on(execution.getProcessInstance()).remove();
			}
		};
	}

	/** Task_CheckChangeRules: the gateway after it routes on {@code ruleResult} (see {@link RuleCheckVariables}). */
	@Bean
	JavaDelegate checkChangeRulesDelegate(ChangeService changes) {
		return execution -> {
			List<RuleViolation> violations = changes.check(execution.getProcessInstanceId());
			RuleCheckVariables.set(execution, violations);
			ApprovalVariables.DECISION.on(execution).remove();
			ApprovalVariables.OPINION.on(execution).remove();
		};
	}

	/** Task_PublishNotice: the timer after it waits for {@code noticeContinuesAt}. */
	@Bean
	JavaDelegate publishChangeNoticeDelegate(ChangeService changes) {
		return execution -> ChangeProcess.NOTICE_CONTINUES_AT.on(execution)
			.set(Date.from(changes.publishNotice(execution.getProcessInstanceId()).continuesAt()));
	}

	/** Task_CompleteChange */
	@Bean
	JavaDelegate completeChangeDelegate(ChangeService changes) {
		return execution -> changes.complete(execution.getProcessInstanceId());
	}

	/** Task_Reject */
	@Bean
	JavaDelegate rejectChangeDelegate(ChangeService changes) {
		return execution -> changes.end(execution.getProcessInstanceId(), Outcome.REJECTED);
	}

	/** Task_Withdraw */
	@Bean
	JavaDelegate withdrawChangeDelegate(ChangeService changes) {
		return execution -> changes.end(execution.getProcessInstanceId(), Outcome.WITHDRAWN);
	}

}

package cn.gov.cjqx.approval.opening;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.rules.RuleCheckVariables;
import cn.gov.cjqx.approval.rules.RuleViolation;

/**
 * Task_CheckRules: runs every opening rule; the gateway after it routes on {@code ruleResult} (see
 * {@link RuleCheckVariables}).
 */
@Component
class CheckOpeningRulesDelegate implements JavaDelegate {

	private final OpeningService openings;

	CheckOpeningRulesDelegate(OpeningService openings) {
		this.openings = openings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<RuleViolation> violations = openings.check(openings.procedureIdOf(execution.getProcessInstanceId()));
		RuleCheckVariables.set(execution, violations);
		// a new round of checks starts a new round of decisions: a later correction must not show an old return
		ApprovalVariables.DECISION.on(execution).remove();
		ApprovalVariables.OPINION.on(execution).remove();
	}

}

package cn.gov.cjqx.approval.rules;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a rule check task leaves for its process. The gateway after it routes on {@link #RULE_RESULT} ({@code OK},
 * {@code SOFT} or {@code HARD}) in the same transaction, so the result is a transient variable: it is never written
 * (with history level full a stored variable is three rows). {@link #VIOLATIONS_TEXT}, one line per violation, is
 * stored for the correction task only when there are violations, and removed when a later check finds none.
 */
public final class RuleCheckVariables {

	public static final String RULE_RESULT = "ruleResult";

	public static final String VIOLATIONS_TEXT = "violationsText";

	private RuleCheckVariables() {
	}

	private static String result(List<RuleViolation> violations) {
		return RuleViolation.anyHard(violations) ? "HARD" : violations.isEmpty() ? "OK" : "SOFT";
	}

	public static void set(DelegateExecution execution, List<RuleViolation> violations) {
		// a process started before the result became transient holds it as a stored variable, and Camunda refuses a
		// transient value under the name of a stored one (even one removed in the same command): it keeps storing it
		TypedValue earlier = execution.getVariableTyped(RULE_RESULT);
		boolean stored = earlier != null && !earlier.isTransient();
		execution.setVariable(RULE_RESULT, Variables.stringValue(result(violations), !stored));
		if (violations.isEmpty()) {
			execution.removeVariable(VIOLATIONS_TEXT);
		}
		else {
			execution.setVariable(VIOLATIONS_TEXT, RuleViolation.describe(violations));
		}
	}

}

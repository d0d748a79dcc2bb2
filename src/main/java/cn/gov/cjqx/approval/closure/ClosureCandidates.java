package cn.gov.cjqx.approval.closure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.identity.Groups;

/** Candidate groups of the unit-level closure tasks, from the procedure's unit in our table (not from variables). */
@Component
public class ClosureCandidates {

	private final ClosureService closures;

	ClosureCandidates(ClosureService closures) {
		this.closures = closures;
	}

	public String applicants(DelegateExecution execution) {
		return Groups.ofUnit(Groups.APPLICANTS, closures.unitCodeOf(execution.getProcessInstanceId()));
	}

	public String leaders(DelegateExecution execution) {
		return Groups.ofUnit(Groups.UNIT_LEADERS, closures.unitCodeOf(execution.getProcessInstanceId()));
	}

}

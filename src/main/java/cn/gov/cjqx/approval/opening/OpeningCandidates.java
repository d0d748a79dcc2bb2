package cn.gov.cjqx.approval.opening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.identity.Groups;

/**
 * Candidate groups of the unit-level tasks, from the procedure's unit in our table: a process variable such as
 * unitCode could be overwritten by whoever completes a task. Used as
 * {@code camunda:candidateGroups="${openingCandidates.applicants(execution)}"}.
 */
@Component
public class OpeningCandidates {

	private final OpeningService openings;

	OpeningCandidates(OpeningService openings) {
		this.openings = openings;
	}

	public String applicants(DelegateExecution execution) {
		return Groups.ofUnit(Groups.APPLICANTS, openings.unitCodeOf(execution.getProcessInstanceId()));
	}

	public String leaders(DelegateExecution execution) {
		return Groups.ofUnit(Groups.UNIT_LEADERS, openings.unitCodeOf(execution.getProcessInstanceId()));
	}

}

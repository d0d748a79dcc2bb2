package cn.gov.cjqx.approval.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.identity.Groups;

/**
 * Candidate groups of unit-level tasks in every procedure, from the unit of the process instance's procedure in our
 * table: a process variable such as unitCode could be overwritten by whoever completes a task. Used as
 * {@code camunda:candidateGroups="${unitCandidates.applicants(execution)}"}.
 */
@Component
public class UnitCandidates {

	private final ProcessProcedures procedures;

	UnitCandidates(ProcessProcedures procedures) {
		this.procedures = procedures;
	}

	/** The applicants of the procedure's unit, e.g. {@code applicants-cjqx}. */
	@Transactional(readOnly = true)
	public String applicants(DelegateExecution execution) {
		return Groups.ofUnit(Groups.APPLICANTS, unitCode(execution));
	}

	/** The leaders of the procedure's unit, e.g. {@code unit-leaders-cjqx}. */
	@Transactional(readOnly = true)
	public String leaders(DelegateExecution execution) {
		return Groups.ofUnit(Groups.UNIT_LEADERS, unitCode(execution));
	}

	/** The main leaders (主要负责同志) of the procedure's unit, e.g. {@code main-leaders-cjqx}. */
	@Transactional(readOnly = true)
	public String mainLeaders(DelegateExecution execution) {
		return Groups.ofUnit(Groups.MAIN_LEADERS, unitCode(execution));
	}

	private String unitCode(DelegateExecution execution) {
		return procedures.get(execution.getProcessInstanceId()).getUnit().getCode();
	}

}

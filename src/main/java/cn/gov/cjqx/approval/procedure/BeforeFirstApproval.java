package cn.gov.cjqx.approval.procedure;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.system.ApiException;

/**
 * 撤回 before the first approver acts: while no approval has been recorded for the procedure, the applicant withdraws
 * it; the process's event subprocess "经办人撤回" (message {@value #MESSAGE}) ends it through the procedure's own
 * withdrawal step, as a withdrawal from the correction step does. Once a leader or an office has decided, the
 * procedure is theirs: a return for correction gives the applicant the choice again.
 */
@Component
public class BeforeFirstApproval {

	/** The message of the event subprocess that the processes of {@link ProcedureKind#withdrawableBeforeFirstApproval()} carry. */
	public static final String MESSAGE = "WithdrawnByApplicant";

	private final ApprovalRecordRepository approvals;

	private final RuntimeService runtime;

	BeforeFirstApproval(ApprovalRecordRepository approvals, RuntimeService runtime) {
		this.approvals = approvals;
		this.runtime = runtime;
	}

	/** Whether the procedure may be withdrawn now. */
	public boolean allows(Procedure procedure) {
		return procedure.getKind().withdrawableBeforeFirstApproval() && procedure.getStatus() == ProcedureStatus.RUNNING
				&& !approvals.existsByBusinessKey(procedure.getBusinessKey());
	}

	@Transactional
	public void withdraw(Procedure procedure) {
		if (!procedure.getKind().withdrawableBeforeFirstApproval()) {
			throw ApiException.conflict("NOT_WITHDRAWABLE", "该类事项不能撤回");
		}
		if (approvals.existsByBusinessKey(procedure.getBusinessKey())) {
			throw ApiException.conflict("ALREADY_DECIDED", "审批人员已经办理，不能再撤回；如需修改，请联系审批人员退回");
		}
		try {
			EngineEntryGuard.asServer(() -> runtime.createMessageCorrelation(MESSAGE)
				.processInstanceId(procedure.getProcessInstanceId())
				.correlateWithResult());
		}
		catch (MismatchingMessageCorrelationException e) {
			throw ApiException.conflict("NOT_WITHDRAWABLE", "该事项已办结，不能撤回");
		}
	}

}

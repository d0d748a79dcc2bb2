package cn.gov.cjqx.approval.closure;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.cjqx.approval.procedure.EngineEntryGuard;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.Withdrawal;
import cn.gov.cjqx.approval.system.ApiException;

/** A closure is withdrawn by its unit until its notice ends: the notice is revoked and the account stays ACTIVE. */
@Component
class ClosureWithdrawal implements Withdrawal {

	private final ClosureService closures;

	private final RuntimeService runtime;

	private final TransactionTemplate transaction;

	ClosureWithdrawal(ClosureService closures, RuntimeService runtime, TransactionTemplate transaction) {
		this.closures = closures;
		this.runtime = runtime;
		this.transaction = transaction;
	}

	@Override
	public ProcedureKind kind() {
		return ProcedureKind.NEW_MEDIA_CLOSURE;
	}

	@Override
	public void withdraw(Procedure procedure) {
		if (closures.ordered(procedure.getProcessInstanceId())) {
			throw ApiException.conflict("ORDERED_CLOSURE", "局办公室责令的关停不能由单位撤回");
		}
		try {
			transaction.executeWithoutResult(status -> EngineEntryGuard
				.asServer(() -> runtime.createMessageCorrelation(ClosureProcess.MESSAGE_WITHDRAWN)
					.processInstanceId(procedure.getProcessInstanceId())
					.correlateWithResult()));
		}
		catch (MismatchingMessageCorrelationException e) {
			throw ApiException.conflict("NOTICE_ENDED", "公告期已满，关停/注销已生效，不能撤回");
		}
	}

}

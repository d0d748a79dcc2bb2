package cn.gov.cjqx.approval.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.unit.Unit;

/**
 * Opens the {@link Procedure} row of a process that has just started, the same way for every procedure: the initiator
 * is the signed-in user who sent the start ({@link Actors#caller()}, never a variable), the business key is the
 * server's, and the variables that Tasklist's lists show ({@link ProcedureVariables}) are set.
 */
@Component
public class ProcedureOpener {

	private final BusinessKeys businessKeys;

	private final ProcessProcedures processProcedures;

	ProcedureOpener(BusinessKeys businessKeys, ProcessProcedures processProcedures) {
		this.businessKeys = businessKeys;
		this.processProcedures = processProcedures;
	}

	/**
	 * Saves the procedure of the execution's process instance.
	 *
	 * @param accountId the account it concerns, or null
	 * @param websiteId the website it concerns, or null
	 */
	public Procedure open(DelegateExecution execution, ProcedureKind kind, String subject, String initiator, Unit unit,
			Long accountId, Long websiteId) {
		String businessKey = execution.getProcessBusinessKey();
		if (businessKey == null || businessKey.isBlank()) {
			businessKey = businessKeys.next(kind);
			execution.setProcessBusinessKey(businessKey);
		}
		Procedure procedure = new Procedure(businessKey, kind, subject, initiator, unit);
		procedure.concerns(accountId, websiteId);
		procedure.attachProcessInstance(execution.getProcessInstanceId());
		processProcedures.save(procedure);
		ProcedureVariables.BUSINESS_KEY.on(execution).set(businessKey);
		ProcedureVariables.SUBJECT.on(execution).set(subject);
		ProcedureVariables.UNIT_NAME.on(execution).set(unit.getFullName());
		return procedure;
	}

}

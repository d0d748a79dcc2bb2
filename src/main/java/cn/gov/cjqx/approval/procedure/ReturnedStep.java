package cn.gov.cjqx.approval.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * 驳回到指定节点: a request returned by an approval step goes, once corrected and checked again, straight back to that
 * step, unless what an earlier decision covered changed: then it goes to the step that must decide again. Both
 * variables are the server's: the approvalTaskListener records {@link ProcedureVariables#RETURNED_BY} on a return,
 * the procedure's record step calls {@link #decide} after each submission, and no form has either as a field, so the
 * EngineEntryGuard refuses them from every caller.
 */
public final class ReturnedStep {

	private ReturnedStep() {
	}

	/** On a {@code return}: the task's step is where the correction goes back to. */
	static void returnedAt(DelegateTask task) {
		ProcedureVariables.RETURNED_BY.on(task.getExecution().getProcessInstance()).set(task.getTaskDefinitionKey());
	}

	/**
	 * Sets {@link ProcedureVariables#RESUME_AT}: the step that returned the request, or {@code firstStep} when nothing
	 * returned it yet (a first submission, or a correction of the rules' findings before any decision) or when the
	 * earlier decisions no longer stand.
	 *
	 * @param firstStep the first approval step of the procedure (e.g. the unit's decision)
	 * @param earlierDecisionsStand false when the correction changed what an earlier step decided on
	 * @return the step chosen
	 */
	public static String decide(DelegateExecution execution, String firstStep, boolean earlierDecisionsStand) {
		String returnedBy = ProcedureVariables.RETURNED_BY.from(execution).get();
		String resumeAt = returnedBy == null || !earlierDecisionsStand ? firstStep : returnedBy;
		ProcedureVariables.RESUME_AT.on(execution.getProcessInstance()).set(resumeAt);
		return resumeAt;
	}

}

package cn.gov.cjqx.approval.opening;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.procedure.ReturnedStep;

/**
 * Task_RecordFiling: stores the submitted or corrected filing and chooses where it goes after the checks: to the unit's
 * decision, or, when an approver returned it and the correction left what the unit decided on as it was, straight back
 * to that approver (OpeningProcess#UNIT_DECISION_SUBJECT).
 */
@Component
class RecordOpeningFilingDelegate implements JavaDelegate {

	private final OpeningService openings;

	RecordOpeningFilingDelegate(OpeningService openings) {
		this.openings = openings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		openings.record(execution);
		List<String> changed = OpeningProcess.UNIT_DECISION_SUBJECT.changed(
				ProcedureVariables.UNIT_DECIDED_ON.from(execution).get(),
				openings.filingJson(openings.procedureIdOf(execution.getProcessInstanceId())));
		String resumeAt = ReturnedStep.decide(execution, OpeningProcess.TASK_UNIT_DECISION, changed.isEmpty());
		boolean decidedBefore = ProcedureVariables.UNIT_DECIDED_ON.from(execution).get() != null;
		if (OpeningProcess.TASK_UNIT_DECISION.equals(resumeAt) && decidedBefore && !changed.isEmpty()) {
			ProcedureVariables.DECIDE_AGAIN_REASON.on(execution.getProcessInstance())
				.set("补正修改了单位已集体研究决定的内容（" + OpeningProcess.UNIT_DECISION_SUBJECT.labelsOf(changed)
						+ "），请重新研究决定。上次的会议日期和会议纪要已预先填好，如重新开会请改为新的会议日期和纪要。");
		}
		else {
			ProcedureVariables.DECIDE_AGAIN_REASON.on(execution.getProcessInstance()).remove();
		}
	}

}

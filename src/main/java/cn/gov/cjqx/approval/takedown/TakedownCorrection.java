package cn.gov.cjqx.approval.takedown;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.procedure.Correction;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcessVariable;

/** The correction step of this procedure, for the portal: the fields of its form (forms/), and its choice. */
@Component
class TakedownCorrection implements Correction {

	@Override
	public ProcedureKind kind() {
		return ProcedureKind.WEBSITE_TAKEDOWN;
	}

	@Override
	public String taskKey() {
		return TakedownProcess.TASK_REVISE;
	}

	@Override
	public List<String> fields() {
		return List.of("reason", "plannedStart", "plannedDays");
	}

	@Override
	public ProcessVariable<String> choice() {
		return TakedownProcess.CORRECTION_ACTION;
	}

}

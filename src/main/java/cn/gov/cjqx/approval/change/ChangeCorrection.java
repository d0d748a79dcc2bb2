package cn.gov.cjqx.approval.change;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.procedure.Correction;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcessVariable;

/** The correction step of this procedure, for the portal: the fields of its form (forms/), and its choice. */
@Component
class ChangeCorrection implements Correction {

	@Override
	public ProcedureKind kind() {
		return ProcedureKind.NEW_MEDIA_CHANGE;
	}

	@Override
	public String taskKey() {
		return ChangeProcess.TASK_CORRECT_CHANGE;
	}

	@Override
	public List<String> fields() {
		return List.of("reason", "decisionBasis", "decisionReference");
	}

	@Override
	public ProcessVariable<String> choice() {
		return ChangeProcess.CORRECTION_ACTION;
	}

}

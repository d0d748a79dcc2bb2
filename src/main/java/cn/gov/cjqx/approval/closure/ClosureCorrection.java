package cn.gov.cjqx.approval.closure;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.procedure.Correction;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcessVariable;

/** The correction step of this procedure, for the portal: the fields of its form (forms/), and its choice. */
@Component
class ClosureCorrection implements Correction {

	@Override
	public ProcedureKind kind() {
		return ProcedureKind.NEW_MEDIA_CLOSURE;
	}

	@Override
	public String taskKey() {
		return ClosureProcess.TASK_REVISE;
	}

	@Override
	public List<String> fields() {
		return List.of("kind", "reason", "description");
	}

	@Override
	public ProcessVariable<String> choice() {
		return ClosureProcess.CLOSURE_ACTION;
	}

}

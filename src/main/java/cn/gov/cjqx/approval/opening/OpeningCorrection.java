package cn.gov.cjqx.approval.opening;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.procedure.Correction;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcessVariable;

/**
 * The opening's correction step (补正备案材料): its form edits every field of the filing. The portal resubmits it through
 * the opening's own door (POST /api/new-media/openings/{key}/correction, lists and materials checked there); the kit
 * uses this for 撤回 at the correction step and to tell that the procedure waits there.
 */
@Component
class OpeningCorrection implements Correction {

	private static final List<String> FIELDS = Arrays.stream(OpeningFiling.class.getRecordComponents())
		.map(RecordComponent::getName)
		.toList();

	@Override
	public ProcedureKind kind() {
		return ProcedureKind.NEW_MEDIA_OPENING;
	}

	@Override
	public String taskKey() {
		return OpeningProcess.TASK_CORRECT_FILING;
	}

	@Override
	public List<String> fields() {
		return FIELDS;
	}

	@Override
	public ProcessVariable<String> choice() {
		return OpeningProcess.CORRECTION_ACTION;
	}

	@Override
	public boolean resubmittedByTheKit() {
		return false;
	}

}

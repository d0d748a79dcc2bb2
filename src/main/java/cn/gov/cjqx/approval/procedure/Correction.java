package cn.gov.cjqx.approval.procedure;

import java.util.List;

/**
 * The correction step of a procedure kind (修改…申请 after a return or a rule finding), declared as a bean by the
 * procedure's package: which task it is, the fields its form lets the applicant change, the variable of the applicant's
 * choice (resubmit or withdraw), and whether {@link Corrections#resubmit} takes the corrected fields — false for a
 * procedure whose filing has a door of its own (the opening: lists and materials are checked there). {@link Corrections}
 * completes the task as the Tasklist form would, so the trust boundary and the task's listeners judge it the same way.
 */
public record Correction(ProcedureKind kind, String taskKey, List<String> fields, ProcessVariable<String> choice,
		boolean resubmittedByTheKit) {

	public Correction {
		fields = List.copyOf(fields);
	}

}

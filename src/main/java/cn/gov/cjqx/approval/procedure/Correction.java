package cn.gov.cjqx.approval.procedure;

import java.util.List;

/**
 * The correction step of a procedure kind (修改…申请 after a return), for the portal: which task it is, the fields its
 * form lets the applicant change, and the variable of the applicant's choice. {@link Corrections} completes it as the
 * Tasklist form would, so the trust boundary and the task's listeners judge it the same way.
 */
public interface Correction {

	ProcedureKind kind();

	String taskKey();

	/** The fields of the task's form the applicant may change (without the choice). */
	List<String> fields();

	/** The form's choice (resubmit or withdraw). */
	ProcessVariable<String> choice();

	/**
	 * Whether {@link Corrections#resubmit} takes the corrected fields; false for a procedure whose filing has a door of
	 * its own (the opening: lists and materials are checked there).
	 */
	default boolean resubmittedByTheKit() {
		return true;
	}

}

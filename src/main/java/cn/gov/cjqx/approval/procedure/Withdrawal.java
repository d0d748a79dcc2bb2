package cn.gov.cjqx.approval.procedure;

/**
 * How the applicant withdraws a running procedure of one kind (撤回), where its rules allow it; POST
 * /api/procedures/{businessKey}/withdrawal has checked that the caller is an applicant of the procedure's unit and that
 * it runs. A kind without a policy of its own follows {@link BeforeFirstApproval} if its process has the
 * {@value BeforeFirstApproval#MESSAGE} event, and cannot be withdrawn otherwise.
 */
public interface Withdrawal {

	ProcedureKind kind();

	/** Withdraws the procedure, or refuses with an ApiException (409 and the rule's code) changing nothing. */
	void withdraw(Procedure procedure);

}

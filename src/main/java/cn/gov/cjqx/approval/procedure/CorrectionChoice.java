package cn.gov.cjqx.approval.procedure;

import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What the applicant chooses in a correction task: resubmit the corrected request or withdraw it. The form's field is
 * checked on completion and the choice copied to {@link ProcedureVariables#CORRECTION_CHOICE}, which the gateway after
 * the task reads: gateways route on what the process accepted, never on a variable a caller sent.
 */
public enum CorrectionChoice {
	/** 修改后重新提交 */
	RESUBMIT("resubmit", "修改后重新提交"),
	/** 撤回申请 */
	WITHDRAW("withdraw", "撤回申请");

	private final String value;

	private final String label;

	CorrectionChoice(String value, String label) {
		this.value = value;
		this.label = label;
	}

	public String value() {
		return value;
	}

	public String label() {
		return label;
	}

	/** The choice in the task's form field {@code field}, or a refusal when there is none. */
	public static CorrectionChoice of(DelegateTask task, ProcessVariable<String> field) {
		String value = field.from(task).get();
		return Arrays.stream(values())
			.filter(choice -> choice.value.equals(value))
			.findFirst()
			.orElseThrow(() -> Refusals.refused("INVALID_VALUE", "请选择“修改后重新提交”（resubmit）或“撤回申请”（withdraw）"));
	}

	/** Records the choice for the gateway after the task. */
	public void accept(DelegateTask task) {
		ProcedureVariables.CORRECTION_CHOICE.on(task.getExecution().getProcessInstance()).set(value);
	}

}

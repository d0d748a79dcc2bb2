package cn.gov.cjqx.approval.opening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ActivateAccount: with both filing numbers recorded, the account becomes ACTIVE (ART16_FILING). */
@Component
class ActivateAccountDelegate implements JavaDelegate {

	private final OpeningService openings;

	ActivateAccountDelegate(OpeningService openings) {
		this.openings = openings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		openings.activate(openings.procedureIdOf(execution.getProcessInstanceId()));
	}

}

package cn.gov.cjqx.approval.opening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordFiling: stores the submitted or corrected filing. */
@Component
class RecordOpeningFilingDelegate implements JavaDelegate {

	private final OpeningService openings;

	RecordOpeningFilingDelegate(OpeningService openings) {
		this.openings = openings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		openings.record(execution);
	}

}

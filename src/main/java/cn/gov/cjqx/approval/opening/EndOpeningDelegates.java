package cn.gov.cjqx.approval.opening;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.procedure.Outcome;

/** Task_Reject and Task_Withdraw: end the procedure with its outcome; the OPENING account goes away. */
@Configuration(proxyBeanMethods = false)
class EndOpeningDelegates {

	@Bean
	JavaDelegate rejectOpeningDelegate(OpeningService openings) {
		return execution -> openings.end(openings.procedureIdOf(execution.getProcessInstanceId()), Outcome.REJECTED);
	}

	@Bean
	JavaDelegate withdrawOpeningDelegate(OpeningService openings) {
		return execution -> openings.end(openings.procedureIdOf(execution.getProcessInstanceId()), Outcome.WITHDRAWN);
	}

}

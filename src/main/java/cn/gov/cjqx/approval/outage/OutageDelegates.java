package cn.gov.cjqx.approval.outage;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.procedure.ApprovalHistory;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;

/** The service tasks and listeners of website-outage-report. */
@Configuration(proxyBeanMethods = false)
class OutageDelegates {

	@Bean
	JavaDelegate recordOutageDelegate(OutageService outages) {
		return outages::record;
	}

	@Bean
	JavaDelegate restoreOutageDelegate(OutageService outages) {
		return execution -> outages.restore(execution.getProcessInstanceId());
	}

	@Bean
	TaskListener outageTaskContextListener(OutageService outages, ApprovalHistory history) {
		return task -> {
			ProcedureVariables.FILING_SUMMARY.on(task).set(outages.summary(task.getProcessInstanceId()));
			ProcedureVariables.APPROVAL_HISTORY.on(task).set(history.markdown(task.getExecution().getProcessBusinessKey()));
		};
	}

}

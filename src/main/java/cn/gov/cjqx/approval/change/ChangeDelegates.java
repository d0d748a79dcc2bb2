package cn.gov.cjqx.approval.change;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.rules.RuleCheckVariables;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** The service tasks of new-media-change: each a thin call into {@link ChangeService}. */
@Configuration(proxyBeanMethods = false)
class ChangeDelegates {

	/** Task_RecordChange */
	@Bean
	JavaDelegate recordChangeDelegate(ChangeService changes) {
		return changes::record;
	}

	/** Task_CheckChangeRules: the gateway after it routes on {@code ruleResult} (see {@link RuleCheckVariables}). */
	@Bean
	JavaDelegate checkChangeRulesDelegate(ChangeService changes) {
		return execution -> {
			List<RuleViolation> violations = changes.check(execution.getProcessInstanceId());
			RuleCheckVariables.set(execution, violations);
			ApprovalVariables.DECISION.on(execution).remove();
			ApprovalVariables.OPINION.on(execution).remove();
		};
	}

	/** Task_PublishNotice: the timer after it waits for {@code noticeContinuesAt}. */
	@Bean
	JavaDelegate publishChangeNoticeDelegate(ChangeService changes) {
		return execution -> ChangeProcess.NOTICE_CONTINUES_AT.on(execution)
			.set(Date.from(changes.publishNotice(execution.getProcessInstanceId()).continuesAt()));
	}

	/** Task_CompleteChange */
	@Bean
	JavaDelegate completeChangeDelegate(ChangeService changes) {
		return execution -> changes.complete(execution.getProcessInstanceId());
	}

	/** Task_Reject */
	@Bean
	JavaDelegate rejectChangeDelegate(ChangeService changes) {
		return execution -> changes.end(execution.getProcessInstanceId(), Outcome.REJECTED);
	}

	/** Task_Withdraw */
	@Bean
	JavaDelegate withdrawChangeDelegate(ChangeService changes) {
		return execution -> changes.end(execution.getProcessInstanceId(), Outcome.WITHDRAWN);
	}

}

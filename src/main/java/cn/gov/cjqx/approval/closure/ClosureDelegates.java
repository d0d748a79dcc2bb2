package cn.gov.cjqx.approval.closure;

import java.util.Date;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.notice.PublicNotice;

/** The service tasks of new-media-closure: each a thin call into {@link ClosureService}. */
@Configuration(proxyBeanMethods = false)
class ClosureDelegates {

	/** Task_RecordClosure */
	@Bean
	JavaDelegate recordClosureDelegate(ClosureService closures) {
		return closures::record;
	}

	/** Task_PublishNotice: publishes the notice; the timer after it waits for {@code noticeContinuesAt}. */
	@Bean
	JavaDelegate publishClosureNoticeDelegate(ClosureService closures) {
		return execution -> {
			PublicNotice notice = closures.publishNotice(execution.getProcessInstanceId());
			ClosureProcess.NOTICE_CONTINUES_AT.on(execution).set(Date.from(notice.continuesAt()));
		};
	}

	/** Task_Withdraw */
	@Bean
	JavaDelegate withdrawClosureDelegate(ClosureService closures) {
		return execution -> closures.withdraw(execution.getProcessInstanceId());
	}

	/** Task_Reject */
	@Bean
	JavaDelegate rejectClosureDelegate(ClosureService closures) {
		return execution -> closures.reject(execution.getProcessInstanceId());
	}

	/** Task_CompleteClosure */
	@Bean
	JavaDelegate completeClosureDelegate(ClosureService closures) {
		return execution -> closures.complete(execution.getProcessInstanceId());
	}

}

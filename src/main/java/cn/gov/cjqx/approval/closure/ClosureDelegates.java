package cn.gov.cjqx.approval.closure;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.notice.PublicNotice;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.procedure.ReturnedStep;

/** The service tasks of new-media-closure: each a thin call into {@link ClosureService}. */
@Configuration(proxyBeanMethods = false)
class ClosureDelegates {

	/**
	 * Task_RecordClosure: stores the request and chooses where it goes: to the unit's decision, or, when the city office
	 * returned it and the revision left what the unit decided on as it was, straight back to the city office
	 * (ClosureProcess#UNIT_DECISION_SUBJECT).
	 */
	@Bean
	JavaDelegate recordClosureDelegate(ClosureService closures) {
		return execution -> {
			closures.record(execution);
			String decidedOn = ProcedureVariables.UNIT_DECIDED_ON.from(execution).get();
			List<String> changed = ClosureProcess.UNIT_DECISION_SUBJECT.changedSince(decidedOn,
					closures.request(execution.getProcessInstanceId()));
			String resumeAt = ReturnedStep.decide(execution, ClosureProcess.TASK_UNIT_DECISION, changed.isEmpty());
			if (decidedOn != null && ClosureProcess.TASK_UNIT_DECISION.equals(resumeAt) && !changed.isEmpty()) {
				ProcedureVariables.DECIDE_AGAIN_REASON.on(execution.getProcessInstance())
					.set("修改了单位已决定的内容（" + ClosureProcess.UNIT_DECISION_SUBJECT.labelsOf(changed)
							+ "），请重新决定。上次的决定依据和文件已预先填好。");
			}
			else {
				ProcedureVariables.DECIDE_AGAIN_REASON.on(execution.getProcessInstance()).remove();
			}
		};
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

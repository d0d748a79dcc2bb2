package cn.gov.cjqx.approval.takedown;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.procedure.ReturnedStep;

/** The service tasks of website-takedown: each a thin call into {@link TakedownService}. */
@Configuration(proxyBeanMethods = false)
class TakedownDelegates {

	/** Priority of the restore task once the planned period is over. */
	static final int OVERDUE_PRIORITY = 80;

	/**
	 * Task_RecordTakedown: records and checks the request, then chooses the next step: the bureau office's review, or,
	 * for a request the city office returned, straight back to the city office (驳回到指定节点). A takedown has no unit
	 * decision to repeat: the approver who returned it sees the corrected request.
	 */
	@Bean
	JavaDelegate recordTakedownDelegate(TakedownService takedowns) {
		return execution -> {
			takedowns.record(execution);
			ReturnedStep.decide(execution, TakedownProcess.TASK_BUREAU_REVIEW, true);
		};
	}

	/** Task_PublishAnnouncement (ART10_ANNOUNCEMENT) */
	@Bean
	JavaDelegate announceTakedownDelegate(TakedownService takedowns) {
		return execution -> takedowns.announce(execution.getProcessInstanceId());
	}

	/** Task_TakeOffline */
	@Bean
	JavaDelegate takeWebsiteOfflineDelegate(TakedownService takedowns) {
		return execution -> takedowns.takeOffline(execution.getProcessInstanceId());
	}

	/** Task_RemindRestore: at the planned end the open restore task is raised and says why. */
	@Bean
	JavaDelegate remindRestoreDelegate() {
		return execution -> {
			TaskService tasks = execution.getProcessEngineServices().getTaskService();
			for (Task task : tasks.createTaskQuery()
				.processInstanceId(execution.getProcessInstanceId())
				.taskDefinitionKey(TakedownProcess.TASK_CONFIRM_RESTORED)
				.list()) {
				tasks.setPriority(task.getId(), OVERDUE_PRIORITY);
				tasks.createComment(task.getId(), execution.getProcessInstanceId(), "计划下线期已满，请尽快恢复网站访问并确认。");
			}
		};
	}

	/** Task_RecordEscalation (ART10_MAX_30_DAYS) */
	@Bean
	JavaDelegate escalateTakedownDelegate(TakedownService takedowns) {
		return execution -> takedowns.escalate(execution.getProcessInstanceId());
	}

	/** Task_RestoreOnline */
	@Bean
	JavaDelegate restoreWebsiteDelegate(TakedownService takedowns) {
		return execution -> takedowns.restore(execution.getProcessInstanceId());
	}

	@Bean
	JavaDelegate rejectTakedownDelegate(TakedownService takedowns) {
		return execution -> takedowns.end(execution.getProcessInstanceId(), Outcome.REJECTED);
	}

	@Bean
	JavaDelegate withdrawTakedownDelegate(TakedownService takedowns) {
		return execution -> takedowns.end(execution.getProcessInstanceId(), Outcome.WITHDRAWN);
	}

}

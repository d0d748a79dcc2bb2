package cn.gov.cjqx.approval.content;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.procedure.Outcome;

/** The service tasks of content-review: each a thin call into {@link ContentService}. */
@Configuration(proxyBeanMethods = false)
class ContentDelegates {

	/** Priority of the publication task once the editor was reminded. */
	static final int REMINDED_PRIORITY = 80;

	/** Task_RecordItem: records and checks the item, and says where it goes next. */
	@Bean
	JavaDelegate recordContentDelegate(ContentService contents) {
		return contents::record;
	}

	/** Task_MarkApproved */
	@Bean
	JavaDelegate approveContentDelegate(ContentService contents) {
		return contents::approve;
	}

	/** Task_Publish: the publication log. */
	@Bean
	JavaDelegate publishContentDelegate(ContentService contents) {
		return contents::publish;
	}

	/** Task_RemindPublication: approved, not yet published — the open task is raised and says why. */
	@Bean
	JavaDelegate remindPublicationDelegate() {
		return execution -> {
			TaskService tasks = execution.getProcessEngineServices().getTaskService();
			for (Task task : tasks.createTaskQuery()
				.processInstanceId(execution.getProcessInstanceId())
				.taskDefinitionKey(ContentProcess.TASK_RECORD_PUBLICATION)
				.list()) {
				tasks.setPriority(task.getId(), REMINDED_PRIORITY);
				tasks.createComment(task.getId(), execution.getProcessInstanceId(),
						"内容已审核通过但尚未发布，请及时发布并登记发布链接；不再发布的请联系审核人。");
			}
		};
	}

	@Bean
	JavaDelegate rejectContentDelegate(ContentService contents) {
		return execution -> contents.end(execution.getProcessInstanceId(), Outcome.REJECTED);
	}

	@Bean
	JavaDelegate withdrawContentDelegate(ContentService contents) {
		return execution -> contents.end(execution.getProcessInstanceId(), Outcome.WITHDRAWN);
	}

}

package cn.gov.cjqx.approval.notification;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.notification.Notifications.Notice;
import cn.gov.cjqx.approval.procedure.EngineCalls;
import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.procedure.ProcessProcedures;

/**
 * Tells people what the engine does, in the engine's transaction: when a task of a procedure is created its holders get
 * a 待办 message; when a procedure's process ends its applicant gets 办结. Added to every model by a parse listener.
 * Processes without a procedure (tests, the benchmark's trivial process) tell nobody.
 */
@Component
class EngineNotifications extends AbstractProcessEnginePlugin {

	private final ObjectProvider<ProcessProcedures> procedures;

	private final ObjectProvider<Notifications> notifications;

	private final ObjectProvider<TaskHolders> holders;

	EngineNotifications(ObjectProvider<ProcessProcedures> procedures, ObjectProvider<Notifications> notifications,
			ObjectProvider<TaskHolders> holders) {
		this.procedures = procedures;
		this.notifications = notifications;
		this.holders = holders;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EngineCalls.onEveryUserTask(configuration, TaskListener.EVENTNAME_CREATE, this::taskArrived);
		ExecutionListener ended = this::processEnded;
		EngineCalls.parseListeners(configuration).add(new AbstractBpmnParseListener() {
			@Override
			public void parseProcess(Element element, ProcessDefinitionEntity process) {
				process.addListener(ExecutionListener.EVENTNAME_END, ended);
			}
		});
	}

	private void taskArrived(DelegateTask task) {
		procedures.getObject().find(task.getProcessInstanceId()).ifPresent(procedure -> {
			Set<String> people = holders.getObject().of(task.getAssignee(), task.getCandidates());
			String body = procedure.getUnit().getFullName() + "的" + Texts.procedure(procedure) + "已到“"
					+ task.getName() + "”环节，请" + (task.getDueDate() == null ? "及时" : "于 " + Texts.due(task.getDueDate()) + " 前")
					+ "办理。";
			notifications.getObject()
				.write(people, new Notice(NotificationKind.TASK_ARRIVED, procedure.getBusinessKey(), task.getId(),
						Texts.title(NotificationKind.TASK_ARRIVED, procedure, task.getName()), body,
						Texts.taskLink(procedure, task.getId(), task.getCandidates()),
						"ARRIVED:" + task.getId()));
		});
	}

	private void processEnded(DelegateExecution execution) {
		if (!execution.getId().equals(execution.getProcessInstanceId())) {
			return;
		}
		procedures.getObject().find(execution.getProcessInstanceId()).ifPresent(procedure -> {
			Outcome outcome = procedure.getOutcome();
			String result = outcome == null ? "已终止" : outcome.label();
			notifications.getObject()
				.write(Set.of(procedure.getApplicantId()), new Notice(NotificationKind.PROCEDURE_ENDED,
						procedure.getBusinessKey(), null,
						"【" + NotificationKind.PROCEDURE_ENDED.label() + "】" + procedure.getKind().label() + "「"
								+ procedure.getSubject() + "」" + result,
						"您提交的" + Texts.procedure(procedure) + "已办结，结果：" + result + "。",
						Texts.procedureLink(procedure), "ENDED:" + procedure.getBusinessKey()));
		});
	}

}

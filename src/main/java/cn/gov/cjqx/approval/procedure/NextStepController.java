package cn.gov.cjqx.approval.procedure;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.identity.PersonNames;
import cn.gov.cjqx.approval.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Where a procedure went after a step: Tasklist's 完成 says only 任务已完成; scripts/next-step.js asks here with the
 * step's id and tells the approver the next step and who holds it, or that the procedure ended and how.
 */
@RestController
@Tag(name = "办理进度")
class NextStepController {

	private final HistoryService history;

	private final TaskService tasks;

	private final ProcedureRepository procedures;

	private final Handovers handovers;

	private final PersonNames names;

	NextStepController(HistoryService history, TaskService tasks, ProcedureRepository procedures, Handovers handovers,
			PersonNames names) {
		this.history = history;
		this.tasks = tasks;
		this.procedures = procedures;
		this.handovers = handovers;
		this.names = names;
	}

	/**
	 * After a step: the procedure's business key, whether it ended (and its outcome), and the steps it waits at now,
	 * each with who holds it (a person's name, or the groups that may take it).
	 */
	record AfterStep(String businessKey, boolean ended, String outcomeLabel, List<Next> next) {
	}

	record Next(String name, String holder) {
	}

	@GetMapping("/api/tasks/{taskId}/after")
	@Operation(summary = "办理一个环节之后：事项的下一环节及办理人（或已办结及结果）；可查看该事项的人可查")
	@Transactional(readOnly = true)
	AfterStep after(@PathVariable String taskId) {
		HistoricTaskInstance step = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
		Procedure procedure = step == null || step.getProcessInstanceId() == null ? null
				: procedures.findByProcessInstanceId(step.getProcessInstanceId()).orElse(null);
		AppUser user = CurrentUser.get();
		if (procedure == null || !handovers.mayRead(user, procedure)) {
			throw ApiException.notFound("未找到这个环节");
		}
		List<Next> next = tasks.createTaskQuery()
			.processInstanceId(step.getProcessInstanceId())
			.list()
			.stream()
			.map(task -> next(task, procedure))
			.toList();
		boolean ended = procedure.getEndedAt() != null;
		return new AfterStep(procedure.getBusinessKey(), ended,
				procedure.getOutcome() == null ? null : procedure.getOutcome().label(), next);
	}

	private Next next(Task task, Procedure procedure) {
		if (task.getAssignee() != null) {
			return new Next(task.getName(), names.of(task.getAssignee()));
		}
		List<String> groups = tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(link -> procedure.getUnit() == null ? Groups.label(link.getGroupId())
					: Groups.labelIn(link.getGroupId(), procedure.getUnit().getCode(), procedure.getUnit().getFullName()))
			.toList();
		return new Next(task.getName(), String.join("、", groups));
	}

}

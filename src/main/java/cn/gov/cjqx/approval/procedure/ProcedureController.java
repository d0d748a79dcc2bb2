package cn.gov.cjqx.approval.procedure;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.system.ApiException;
import cn.gov.cjqx.approval.system.Violation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "办理进度")
class ProcedureController {

	private final ProcedureRepository procedures;

	private final ApprovalRecordRepository approvals;

	private final TaskService taskService;

	ProcedureController(ProcedureRepository procedures, ApprovalRecordRepository approvals, TaskService taskService) {
		this.procedures = procedures;
		this.approvals = approvals;
		this.taskService = taskService;
	}

	@GetMapping("/api/procedures/{businessKey}")
	@Operation(summary = "查询办理进度：当前环节及办理组、审批记录、规则问题、结果")
	@Transactional(readOnly = true)
	ProcedureView get(@PathVariable String businessKey) {
		Procedure procedure = procedures.findByBusinessKey(businessKey)
			.orElseThrow(() -> ApiException.notFound("未找到业务编号为 " + businessKey + " 的事项"));
		AppUser user = CurrentUser.get();
		String unitCode = procedure.getUnit() == null ? null : procedure.getUnit().getCode();
		if (!user.canSeeUnit(unitCode) && !user.id().equals(procedure.getApplicantId())) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能查看本单位的事项");
		}
		List<Step> steps = procedure.getProcessInstanceId() == null ? List.of()
				: taskService.createTaskQuery()
					.processInstanceId(procedure.getProcessInstanceId())
					.list()
					.stream()
					.map(this::step)
					.toList();
		List<ApprovalView> records = approvals.findByBusinessKeyOrderByDecidedAtAscIdAsc(businessKey)
			.stream()
			.map(ApprovalView::of)
			.toList();
		return new ProcedureView(procedure.getBusinessKey(), procedure.getKind(), procedure.getKind().label(),
				procedure.getSubject(), unitCode, procedure.getUnit() == null ? null : procedure.getUnit().getFullName(),
				procedure.getApplicantId(), procedure.getStatus(), procedure.getOutcome(),
				procedure.getOutcome() == null ? null : procedure.getOutcome().label(), procedure.getStartedAt(),
				procedure.getEndedAt(), steps, records, procedure.getViolations());
	}

	private Step step(Task task) {
		List<String> groups = taskService.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(link -> link.getGroupId())
			.toList();
		return new Step(task.getTaskDefinitionKey(), task.getName(), groups,
				groups.stream().map(Groups::label).toList(), task.getAssignee(),
				task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
				task.getDueDate() == null ? null : task.getDueDate().toInstant());
	}

	record ProcedureView(String businessKey, ProcedureKind kind, String kindLabel, String subject, String unitCode,
			String unitName, String applicantId, ProcedureStatus status, Outcome outcome, String outcomeLabel,
			Instant startedAt, Instant endedAt, List<Step> currentSteps, List<ApprovalView> approvals,
			List<Violation> violations) {
	}

	/** A task the procedure waits at, with the groups that may act on it. */
	record Step(String taskKey, String name, List<String> candidateGroups, List<String> candidateGroupLabels,
			String assignee, Instant createdAt, Instant dueAt) {
	}

	record ApprovalView(String taskKey, String taskName, String userId, String groupId, String decision,
			String decisionLabel, String opinion, Instant decidedAt) {

		static ApprovalView of(ApprovalRecord record) {
			return new ApprovalView(record.getTaskKey(), record.getTaskName(), record.getUserId(), record.getGroupId(),
					record.getDecision().value(), record.getDecision().label(), record.getOpinion(),
					record.getDecidedAt());
		}
	}

}

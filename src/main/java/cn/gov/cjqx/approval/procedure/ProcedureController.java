package cn.gov.cjqx.approval.procedure;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.identity.PersonNames;
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

	private final List<Withdrawal> withdrawals;

	private final BeforeFirstApproval beforeFirstApproval;

	private final Urges urges;

	private final Corrections corrections;

	private final PersonNames names;

	private final Handovers handovers;

	ProcedureController(ProcedureRepository procedures, ApprovalRecordRepository approvals, TaskService taskService,
			List<Withdrawal> withdrawals, BeforeFirstApproval beforeFirstApproval, Urges urges, PersonNames names,
			Corrections corrections, Handovers handovers) {
		this.handovers = handovers;
		this.corrections = corrections;
		this.urges = urges;
		this.names = names;
		this.procedures = procedures;
		this.approvals = approvals;
		this.taskService = taskService;
		this.withdrawals = withdrawals;
		this.beforeFirstApproval = beforeFirstApproval;
	}

	@PostMapping("/api/procedures/{businessKey}/correction")
	@Operation(summary = "补正后重新提交被退回的变更、关停/注销、临时下线申请（其补正环节表单中的字段）：200 已重新提交")
	Corrected correct(@PathVariable String businessKey, @RequestBody java.util.Map<String, Object> fields) {
		AppUser user = CurrentUser.get();
		Procedure procedure = procedures.findByBusinessKey(businessKey)
			.filter(p -> user.unitCodes().contains(p.getUnit().getCode()))
			.orElseThrow(() -> ApiException.notFound("未找到业务编号为 " + businessKey + " 的本单位事项"));
		if (!user.groups().contains(Groups.ofUnit(Groups.APPLICANTS, procedure.getUnit().getCode()))) {
			throw ApiException.forbidden("FORBIDDEN_GROUP", "只有本单位经办人可以补正");
		}
		corrections.resubmit(user, procedure, fields);
		return Corrected.of(procedures.findByBusinessKey(businessKey).orElseThrow());
	}

	@PostMapping("/api/procedures/{businessKey}/urges")
	@Operation(summary = "催办本单位事项的逾期环节（每个环节每个工作日一次）：办理人在 Tasklist 任务记录中看到催办")
	ResponseEntity<List<UrgeView>> urge(@PathVariable String businessKey) {
		AppUser user = CurrentUser.get();
		Procedure procedure = procedures.findByBusinessKey(businessKey)
			.filter(p -> user.unitCodes().contains(p.getUnit().getCode()))
			.orElseThrow(() -> ApiException.notFound("未找到业务编号为 " + businessKey + " 的本单位事项"));
		List<UrgeView> urged = urges.urge(user, procedure, names.of(user.id()))
			.stream()
			.map(u -> new UrgeView(u.getTaskName(), u.getUrgedOn()))
			.toList();
		return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).body(urged);
	}

	/** A step urged, and the day. */
	record UrgeView(String taskName, java.time.LocalDate urgedOn) {
	}

	@PostMapping("/api/procedures/{businessKey}/withdrawal")
	@Operation(summary = "撤回本单位的申请：在补正环节；开设、变更、临时下线在首位审批人办理前；关停/注销在公告期满前（局办公室责令的除外）")
	ResponseEntity<Void> withdraw(@PathVariable String businessKey) {
		AppUser user = CurrentUser.get();
		Procedure procedure = procedures.findByBusinessKey(businessKey)
			.orElseThrow(() -> ApiException.notFound("未找到业务编号为 " + businessKey + " 的事项"));
		if (!user.groups().contains(Groups.ofUnit(Groups.APPLICANTS, procedure.getUnit().getCode()))) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只有本单位经办人可以撤回");
		}
		if (procedure.getStatus() != ProcedureStatus.RUNNING) {
			throw ApiException.conflict("NOT_WITHDRAWABLE", "该事项已办结，不能撤回");
		}
		if (corrections.withdrawAtCorrection(user, procedure)) {
			return ResponseEntity.noContent().build();
		}
		withdrawals.stream()
			.filter(policy -> policy.kind() == procedure.getKind())
			.findFirst()
			.ifPresentOrElse(policy -> policy.withdraw(procedure), () -> beforeFirstApproval.withdraw(procedure));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/procedures/{businessKey}")
	@Operation(summary = "查询办理进度：当前环节及办理组、审批记录、规则问题、结果")
	@Transactional(readOnly = true)
	ProcedureView get(@PathVariable String businessKey) {
		Procedure procedure = procedures.findByBusinessKey(businessKey)
			.orElseThrow(() -> ApiException.notFound("未找到业务编号为 " + businessKey + " 的事项"));
		if (!handovers.mayRead(CurrentUser.get(), procedure)) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能查看本单位的事项");
		}
		String unitCode = procedure.getUnit() == null ? null : procedure.getUnit().getCode();
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

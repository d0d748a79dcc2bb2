package cn.gov.cjqx.approval.procedure;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.calendar.WorkingDaysDueDates;

/**
 * Shared by every approval task ({@code camunda:taskListener delegateExpression="${approvalTaskListener}"} on create
 * and complete). On create it sets the due date, N working days ahead, and clears the previous task's decision. On
 * complete it refuses a missing or invalid decision, or a return/reject without opinion (the form's browser check is
 * not enough: REST clients bypass it), writes the {@link ApprovalRecord} and copies the recorded decision to
 * {@link ProcedureVariables#APPROVAL_DECISION}, which the gateways after approval tasks read; a return also records
 * which step returned ({@link ProcedureVariables#RETURNED_BY}), so that the correction goes back there.
 */
@Component("approvalTaskListener")
public class ApprovalTaskListener implements TaskListener {

	private final ApprovalRecordRepository records;

	private final WorkingDaysDueDates dueDates;

	private final IdentityService identityService;

	private final int dueWorkingDays;

	ApprovalTaskListener(ApprovalRecordRepository records, WorkingDaysDueDates dueDates,
			IdentityService identityService, @Value("${app.approval.due-working-days:5}") int dueWorkingDays) {
		this.records = records;
		this.dueDates = dueDates;
		this.identityService = identityService;
		this.dueWorkingDays = dueWorkingDays;
	}

	@Override
	public void notify(DelegateTask task) {
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> created(task);
			case EVENTNAME_COMPLETE -> completed(task);
			default -> {
			}
		}
	}

	private void created(DelegateTask task) {
		ApprovalVariables.DECISION.on(task).remove();
		ApprovalVariables.OPINION.on(task).remove();
		task.setDueDate(dueDates.endOfWorkingDays(ClockUtil.getCurrentTime().toInstant(), dueWorkingDays));
	}


	private void completed(DelegateTask task) {
		Object rawDecision = ApprovalVariables.DECISION.from(task).get();
		Decision decision = Decision.parse(rawDecision)
			.orElseThrow(() -> Refusals.refused("APPROVAL_DECISION_INVALID", "请选择审批结论：同意（approve）、退回修改（return）或不同意（reject）"));
		Object rawOpinion = ApprovalVariables.OPINION.from(task).get();
		String opinion = rawOpinion == null ? null : rawOpinion.toString().strip();
		if (decision.needsOpinion() && (opinion == null || opinion.isEmpty())) {
			throw Refusals.refused("APPROVAL_OPINION_REQUIRED", "选择“" + decision.label() + "”时必须填写审批意见");
		}
		if (opinion != null && opinion.length() > ApprovalVariables.OPINION_MAX_LENGTH) {
			throw Refusals.refused("APPROVAL_OPINION_TOO_LONG", "审批意见不能超过 " + ApprovalVariables.OPINION_MAX_LENGTH + " 个字");
		}
		String userId = Actors.of(task);
		records.save(new ApprovalRecord(task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId(),
				task.getId(), task.getTaskDefinitionKey(), task.getName(), userId, actingGroup(task, userId), decision,
				opinion == null || opinion.isEmpty() ? null : opinion, ClockUtil.getCurrentTime().toInstant()));
		ProcedureVariables.APPROVAL_DECISION.on(task.getExecution().getProcessInstance()).set(decision.value());
		if (decision == Decision.RETURN) {
			ReturnedStep.returnedAt(task);
		}
	}

	private String actingGroup(DelegateTask task, String userId) {
		Authentication authentication = identityService.getCurrentAuthentication();
		List<String> userGroups = authentication != null && authentication.getGroupIds() != null
				&& authentication.getUserId() != null && authentication.getUserId().equals(userId)
						? authentication.getGroupIds()
						: identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
		List<String> candidateGroups = task.getCandidates()
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
		return candidateGroups.stream()
			.filter(userGroups::contains)
			.findFirst()
			.orElse(candidateGroups.isEmpty() ? null : candidateGroups.get(0));
	}

}

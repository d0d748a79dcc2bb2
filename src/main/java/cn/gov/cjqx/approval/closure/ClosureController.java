package cn.gov.cjqx.approval.closure;

import java.util.List;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.procedure.ProcedureStatus;
import cn.gov.cjqx.approval.procedure.StartTemplate;
import cn.gov.cjqx.approval.procedure.StartTemplate.Checked;
import cn.gov.cjqx.approval.system.ApiException;
import cn.gov.cjqx.approval.system.IdempotentStarts;
import cn.gov.cjqx.approval.system.RecordVariables;
import cn.gov.cjqx.approval.system.Violation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "政务新媒体关停/注销")
class ClosureController {

	private final StartTemplate template;

	private final RecordVariables variables;

	private final NewMediaAccountRepository accounts;

	private final ClosureService closures;

	private final RuntimeService runtime;

	private final ProcedureRepository procedures;

	private final TransactionTemplate transaction;

	ClosureController(StartTemplate template, RecordVariables variables, NewMediaAccountRepository accounts, ClosureService closures,
			RuntimeService runtime, ProcedureRepository procedures, TransactionTemplate transaction) {
		this.template = template;
		this.variables = variables;
		this.accounts = accounts;
		this.closures = closures;
		this.runtime = runtime;
		this.procedures = procedures;
		this.transaction = transaction;
	}

	@PostMapping("/api/new-media/accounts/{id}/closures")
	@Operation(summary = "申请关停/注销（本单位经办人），或依第十九条责令关停（局办公室）")
	ResponseEntity<StartedView> close(@PathVariable long id, @Valid @RequestBody ClosureRequest request,
			@RequestHeader(name = IdempotentStarts.HEADER, required = false) String idempotencyKey) {
		AppUser user = CurrentUser.get();
		String unitCode = accounts.getWithHostUnit(id)
			.getHostUnit()
			.getCode();
		boolean ordered;
		if (user.inAnyGroup(Groups.APPLICANTS) && user.unitCodes().contains(unitCode)) {
			ordered = false;
		}
		else if (user.inAnyGroup(Groups.BUREAU_OFFICE)) {
			ordered = true;
		}
		else if (user.inAnyGroup(Groups.APPLICANTS)) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能为本单位的账号申请关停或注销");
		}
		else {
			throw ApiException.forbidden("FORBIDDEN_GROUP", "只有经办人或局办公室可以申请关停、注销");
		}
		boolean orderedByOffice = ordered;
		StartTemplate.Started started = template.start(user, idempotencyKey,
				new StartTemplate.Start(ProcedureKind.NEW_MEDIA_CLOSURE, ClosureProcess.KEY, id, request,
						() -> Checked.refusing(
								closures.refusals(accounts.lockById(id).orElseThrow(), request, orderedByOffice)),
						() -> ClosureProcess.ACCOUNT_ID.putIn(variables.toVariables(request), id)));
		return started.created(new StartedView(started.businessKey(), started.processInstanceId(), started.status(),
				ordered, started.replayed()));
	}

	@PostMapping("/api/procedures/{businessKey}/withdrawal")
	@Operation(summary = "撤回本单位申请的关停/注销（公告期满前）：公告撤销，账号恢复正常")
	ResponseEntity<Void> withdraw(@PathVariable String businessKey) {
		AppUser user = CurrentUser.get();
		Procedure procedure = procedures.findByBusinessKey(businessKey)
			.orElseThrow(() -> ApiException.notFound("未找到业务编号为 " + businessKey + " 的事项"));
		if (!user.inAnyGroup(Groups.APPLICANTS) || !user.unitCodes().contains(procedure.getUnit().getCode())) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只有本单位经办人可以撤回");
		}
		if (procedure.getKind() != ProcedureKind.NEW_MEDIA_CLOSURE || procedure.getStatus() != ProcedureStatus.RUNNING) {
			throw conflict("NOT_WITHDRAWABLE", "该事项不能撤回：只有办理中的关停/注销申请可以撤回");
		}
		if (closures.ordered(procedure.getProcessInstanceId())) {
			throw conflict("ORDERED_CLOSURE", "局办公室责令的关停不能由单位撤回");
		}
		try {
			transaction.executeWithoutResult(status -> runtime.createMessageCorrelation(ClosureProcess.MESSAGE_WITHDRAWN)
				.processInstanceId(procedure.getProcessInstanceId())
				.correlateWithResult());
		}
		catch (MismatchingMessageCorrelationException e) {
			throw conflict("NOTICE_ENDED", "公告期已满，关停/注销已生效，不能撤回");
		}
		return ResponseEntity.noContent().build();
	}

	private static ApiException conflict(String code, String message) {
		return new ApiException(HttpStatus.CONFLICT, message, List.of(Violation.of(code, message)));
	}

	record StartedView(String businessKey, String processInstanceId, String status, boolean ordered,
			boolean replayed) {
	}

}

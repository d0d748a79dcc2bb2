package cn.gov.cjqx.approval.closure;


import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.StartTemplate;
import cn.gov.cjqx.approval.procedure.StartTemplate.Checked;
import cn.gov.cjqx.approval.system.ApiException;
import cn.gov.cjqx.approval.system.IdempotentStarts;
import cn.gov.cjqx.approval.system.RecordVariables;
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

	ClosureController(StartTemplate template, RecordVariables variables, NewMediaAccountRepository accounts,
			ClosureService closures) {
		this.template = template;
		this.variables = variables;
		this.accounts = accounts;
		this.closures = closures;
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

	record StartedView(String businessKey, String processInstanceId, String status, boolean ordered,
			boolean replayed) {
	}

}

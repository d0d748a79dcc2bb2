package cn.gov.cjqx.approval.change;

import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.cjqx.approval.account.NewMediaAccount;
import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.StartTemplate;
import cn.gov.cjqx.approval.procedure.StartTemplate.Checked;
import cn.gov.cjqx.approval.rules.RuleCheck;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;
import cn.gov.cjqx.approval.system.ApiException;
import cn.gov.cjqx.approval.system.IdempotentStarts;
import cn.gov.cjqx.approval.system.RecordVariables;
import cn.gov.cjqx.approval.system.Violation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "政务新媒体变更")
class ChangeController {

	private final StartTemplate template;

	private final NewMediaAccountRepository accounts;

	private final ChangeService changes;

	private final RecordVariables variables;

	private final ObjectMapper objectMapper;

	ChangeController(StartTemplate template, NewMediaAccountRepository accounts, ChangeService changes,
			RecordVariables variables, ObjectMapper objectMapper) {
		this.template = template;
		this.accounts = accounts;
		this.changes = changes;
		this.variables = variables;
		this.objectMapper = objectMapper;
	}

	@PostMapping("/api/new-media/accounts/{id}/changes")
	@Operation(summary = "申请变更账号（只填写要变更的项目）：201；400 填写有误或平台变更；409 规则冲突或已有事项在办")
	ResponseEntity<StartedView> change(@PathVariable long id, @Valid @RequestBody ChangeRequest request,
			@RequestHeader(name = IdempotentStarts.HEADER, required = false) String idempotencyKey) {
		AppUser user = applicantOf(id);
		StartTemplate.Started started = template.start(user, idempotencyKey,
				new StartTemplate.Start(ProcedureKind.NEW_MEDIA_CHANGE, ChangeProcess.KEY, id, request,
						() -> check(id, request),
						() -> ChangeProcess.ACCOUNT_ID.putIn(variables.toVariables(request), id)));
		return started.created(new StartedView(started.businessKey(), started.processInstanceId(), started.status(),
				request.administratorsOnly(), started.replayed()));
	}

	/**
	 * The check of a change before it is filed (the portal's 提交 asks first), with the rules the process runs on the
	 * changed values (ChangeRules): what they find, each with its code and whether it forbids the change (HARD) or
	 * would send it to correction. A request the start would refuse is refused alike (400/409). Nothing is stored.
	 */
	@PostMapping("/api/new-media/accounts/{id}/changes/check")
	@Operation(summary = "提交前检查变更申请：返回规则检查发现的问题（不提交、不保存）；400/409 与提交时相同")
	RuleCheck checkFirst(@PathVariable long id, @Valid @RequestBody ChangeRequest request) {
		applicantOf(id);
		ChangeService.FirstCheck checked = changes.checkFirst(id, request);
		if (!checked.refusals().isEmpty()) {
			throw new ApiException(StartTemplate.statusOf(checked.refusals()), checked.refusals().get(0).message(),
					checked.refusals());
		}
		return RuleCheck.of(checked.findings());
	}

	/** The signed-in user, an applicant of the account's unit. */
	private AppUser applicantOf(long accountId) {
		AppUser user = CurrentUser.get();
		String unitCode = accounts.getWithHostUnit(accountId)
			.getHostUnit()
			.getCode();
		if (!user.inAnyGroup(Groups.APPLICANTS)) {
			throw ApiException.forbidden("FORBIDDEN_GROUP", "只有经办人可以申请变更");
		}
		if (!user.unitCodes().contains(unitCode)) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能为本单位的账号申请变更");
		}
		return user;
	}

	/** The refusals of the request, then the HARD rules on the new values, under the account's lock. */
	private Checked check(long accountId, ChangeRequest request) {
		NewMediaAccount locked = accounts.lockById(accountId).orElseThrow();
		List<Violation> refusals = changes.refusals(locked, request);
		if (!refusals.isEmpty()) {
			return Checked.refusing(refusals);
		}
		return Checked.refusing(changes.check(locked, request)
			.stream()
			.filter(v -> v.kind() == RuleKind.HARD)
			.map(RuleViolation::toViolation)
			.toList());
	}

	@GetMapping("/api/new-media/accounts/{id}/history")
	@Operation(summary = "账号的变更历史：每项变更的原值、新值、办理人、时间和业务编号")
	@Transactional(readOnly = true)
	List<HistoryView> history(@PathVariable long id) {
		NewMediaAccount account = accounts.getWithHostUnit(id);
		if (!CurrentUser.get().canSeeUnit(account.getHostUnit().getCode())) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能查看本单位的政务新媒体账号");
		}
		return changes.history(id)
			.stream()
			.map(change -> new HistoryView(change.getBusinessKey(), change.getField(),
					ChangeService.LABELS.get(change.getField()), json(change.getOldValue()), json(change.getNewValue()),
					change.getChangedBy(), change.getChangedAt()))
			.toList();
	}

	private JsonNode json(String value) {
		try {
			return value == null ? null : objectMapper.readTree(value);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	record StartedView(String businessKey, String processInstanceId, String status, boolean administratorsOnly,
			boolean replayed) {
	}

	record HistoryView(String businessKey, String field, String fieldLabel, JsonNode oldValue, JsonNode newValue,
			String changedBy, Instant changedAt) {
	}

}

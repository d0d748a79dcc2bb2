package cn.gov.cjqx.approval.takedown;

import java.net.URI;
import java.util.List;

import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.procedure.BusinessKeys;
import cn.gov.cjqx.approval.procedure.ProcessStarter;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.system.ApiException;
import cn.gov.cjqx.approval.system.IdempotentStarts;
import cn.gov.cjqx.approval.system.Violation;
import cn.gov.cjqx.approval.website.Website;
import cn.gov.cjqx.approval.website.WebsiteAccess;
import cn.gov.cjqx.approval.website.WebsiteRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "政府网站临时下线")
class TakedownController {

	private final IdempotentStarts starts;

	private final WebsiteRepository websites;

	private final TakedownService takedowns;

	private final BusinessKeys businessKeys;

	private final ProcessStarter starter;

	private final WebsiteAccess access;

	TakedownController(IdempotentStarts starts, WebsiteRepository websites, TakedownService takedowns,
			BusinessKeys businessKeys, ProcessStarter starter, WebsiteAccess access) {
		this.starts = starts;
		this.websites = websites;
		this.takedowns = takedowns;
		this.businessKeys = businessKeys;
		this.starter = starter;
		this.access = access;
	}

	@PostMapping("/api/websites/{id}/takedowns")
	@Operation(summary = "申请网站临时下线：201；400 填写有误；409 每年 1 次、最长 30 天、已有事项在办")
	ResponseEntity<StartedView> takedown(@PathVariable long id, @Valid @RequestBody TakedownRequest request,
			@RequestHeader(name = IdempotentStarts.HEADER, required = false) String idempotencyKey) {
		AppUser user = CurrentUser.get();
		access.requireApplicantOf(user, id);
		String newKey = businessKeys.next(ProcedureKind.WEBSITE_TAKEDOWN);
		IdempotentStarts.Outcome outcome = starts.start(user.id(), idempotencyKey, TakedownProcess.KEY + ":" + id,
				request, () -> start(user, id, request, newKey));
		String businessKey = outcome.started().businessKey();
		return ResponseEntity.created(URI.create("/api/procedures/" + businessKey))
			.body(new StartedView(businessKey, outcome.started().processInstanceId(), outcome.started().status(),
					outcome.replayed()));
	}

	private IdempotentStarts.Started start(AppUser user, long websiteId, TakedownRequest request, String businessKey) {
		Website locked = websites.lockById(websiteId).orElseThrow();
		List<Violation> refusals = takedowns.refusals(locked, request, null);
		if (!refusals.isEmpty()) {
			boolean badInput = refusals.stream().allMatch(v -> v.code().equals("INVALID_VALUE"));
			throw new ApiException(badInput ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT, refusals.get(0).message(),
					refusals);
		}
		String processInstanceId = starter.start(user, TakedownProcess.KEY, businessKey,
				Variables.createVariables()
					.putValue(TakedownProcess.WEBSITE_ID, websiteId)
					.putValue("reason", request.reason())
					.putValue("plannedStart", request.plannedStart().toString())
					.putValue("plannedDays", request.plannedDays()));
		return new IdempotentStarts.Started(businessKey, processInstanceId, "SUBMITTED");
	}

	record StartedView(String businessKey, String processInstanceId, String status, boolean replayed) {
	}

}

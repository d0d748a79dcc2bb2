package cn.gov.cjqx.approval.outage;

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
@Tag(name = "网站断电断网/责令关停报备")
class OutageController {

	private final IdempotentStarts starts;

	private final WebsiteRepository websites;

	private final OutageService outages;

	private final BusinessKeys businessKeys;

	private final ProcessStarter starter;

	private final WebsiteAccess access;

	OutageController(IdempotentStarts starts, WebsiteRepository websites, OutageService outages,
			BusinessKeys businessKeys, ProcessStarter starter, WebsiteAccess access) {
		this.starts = starts;
		this.websites = websites;
		this.outages = outages;
		this.businessKeys = businessKeys;
		this.starter = starter;
		this.access = access;
	}

	@PostMapping("/api/websites/{id}/outage-reports")
	@Operation(summary = "报备网站断电断网或被责令紧急关停：网站即时标记为紧急下线，报市政府办公室知悉")
	ResponseEntity<StartedView> report(@PathVariable long id, @Valid @RequestBody OutageRequest request,
			@RequestHeader(name = IdempotentStarts.HEADER, required = false) String idempotencyKey) {
		AppUser user = CurrentUser.get();
		access.requireApplicantOf(user, id);
		String newKey = businessKeys.next(ProcedureKind.WEBSITE_OUTAGE_REPORT);
		IdempotentStarts.Outcome outcome = starts.start(user.id(), idempotencyKey, OutageProcess.KEY + ":" + id, request,
				() -> start(user, id, request, newKey));
		String businessKey = outcome.started().businessKey();
		return ResponseEntity.created(URI.create("/api/procedures/" + businessKey))
			.body(new StartedView(businessKey, outcome.started().processInstanceId(), outcome.started().status(),
					outcome.replayed()));
	}

	private IdempotentStarts.Started start(AppUser user, long websiteId, OutageRequest request, String businessKey) {
		Website locked = websites.lockById(websiteId).orElseThrow();
		List<Violation> refusals = outages.refusals(locked);
		if (!refusals.isEmpty()) {
			throw new ApiException(HttpStatus.CONFLICT, refusals.get(0).message(), refusals);
		}
		String processInstanceId = starter.start(user, OutageProcess.KEY, businessKey,
				Variables.createVariables()
					.putValue(OutageProcess.WEBSITE_ID, websiteId)
					.putValue("cause", request.cause().name())
					.putValue("offlineSince", request.offlineSince().toString())
					.putValue("description", request.description()));
		return new IdempotentStarts.Started(businessKey, processInstanceId, "REPORTED");
	}

	record StartedView(String businessKey, String processInstanceId, String status, boolean replayed) {
	}

}

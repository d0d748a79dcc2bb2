package cn.gov.cjqx.approval.outage;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.StartTemplate;
import cn.gov.cjqx.approval.procedure.StartTemplate.Checked;
import cn.gov.cjqx.approval.system.IdempotentStarts;
import cn.gov.cjqx.approval.system.RecordVariables;
import cn.gov.cjqx.approval.website.WebsiteAccess;
import cn.gov.cjqx.approval.website.WebsiteRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "网站断电断网/责令关停报备")
class OutageController {

	private final StartTemplate template;

	private final RecordVariables variables;

	private final WebsiteRepository websites;

	private final OutageService outages;

	private final WebsiteAccess access;

	OutageController(StartTemplate template, RecordVariables variables, WebsiteRepository websites, OutageService outages, WebsiteAccess access) {
		this.template = template;
		this.variables = variables;
		this.websites = websites;
		this.outages = outages;
		this.access = access;
	}

	@PostMapping("/api/websites/{id}/outage-reports")
	@Operation(summary = "报备网站断电断网或被责令紧急关停：网站即时标记为紧急下线，报市政府办公室知悉")
	ResponseEntity<StartedView> report(@PathVariable long id, @Valid @RequestBody OutageRequest request,
			@RequestHeader(name = IdempotentStarts.HEADER, required = false) String idempotencyKey) {
		AppUser user = CurrentUser.get();
		access.requireApplicantOf(user, id);
		StartTemplate.Started started = template.start(user, idempotencyKey,
				new StartTemplate.Start(ProcedureKind.WEBSITE_OUTAGE_REPORT, OutageProcess.KEY, id, request,
						() -> Checked.refusing(outages.refusals(websites.lockById(id).orElseThrow())),
						() -> OutageProcess.WEBSITE_ID.putIn(variables.toVariables(request), id),
						"REPORTED"));
		return started.created(new StartedView(started.businessKey(), started.processInstanceId(), started.status(),
				started.replayed()));
	}

	record StartedView(String businessKey, String processInstanceId, String status, boolean replayed) {
	}

}

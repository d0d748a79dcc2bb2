package cn.gov.cjqx.approval.takedown;

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
@Tag(name = "政府网站临时下线")
class TakedownController {

	private final StartTemplate template;

	private final RecordVariables variables;

	private final WebsiteRepository websites;

	private final TakedownService takedowns;

	private final WebsiteAccess access;

	TakedownController(StartTemplate template, RecordVariables variables, WebsiteRepository websites, TakedownService takedowns,
			WebsiteAccess access) {
		this.template = template;
		this.variables = variables;
		this.websites = websites;
		this.takedowns = takedowns;
		this.access = access;
	}

	@PostMapping("/api/websites/{id}/takedowns")
	@Operation(summary = "申请网站临时下线：201；400 填写有误；409 每年 1 次、最长 30 天、已有事项在办")
	ResponseEntity<StartedView> takedown(@PathVariable long id, @Valid @RequestBody TakedownRequest request,
			@RequestHeader(name = IdempotentStarts.HEADER, required = false) String idempotencyKey) {
		AppUser user = CurrentUser.get();
		access.requireApplicantOf(user, id);
		StartTemplate.Started started = template.start(user, idempotencyKey,
				new StartTemplate.Start(ProcedureKind.WEBSITE_TAKEDOWN, TakedownProcess.KEY, id, request,
						() -> Checked.refusing(takedowns.refusals(websites.lockById(id).orElseThrow(), request, null)),
						() -> TakedownProcess.WEBSITE_ID.putIn(variables.toVariables(request), id)));
		return started.created(new StartedView(started.businessKey(), started.processInstanceId(), started.status(),
				started.replayed()));
	}

	record StartedView(String businessKey, String processInstanceId, String status, boolean replayed) {
	}

}

package cn.gov.cjqx.approval.content;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.procedure.StartTemplate;
import cn.gov.cjqx.approval.procedure.StartTemplate.Checked;
import cn.gov.cjqx.approval.rules.RuleViolation;
import cn.gov.cjqx.approval.system.ApiException;
import cn.gov.cjqx.approval.system.IdempotentStarts;
import cn.gov.cjqx.approval.system.RecordVariables;
import cn.gov.cjqx.approval.system.Violation;
import cn.gov.cjqx.approval.unit.Unit;
import cn.gov.cjqx.approval.website.WebsiteRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** 内容发布审核: an editor submits an item; the unit's items and the publication log of an account or a website. */
@RestController
@Tag(name = "内容发布审核")
class ContentController {

	static final int MAX_PAGE_SIZE = 100;

	private final StartTemplate template;

	private final RecordVariables variables;

	private final ContentService contents;

	private final ContentItemRepository items;

	private final ProcedureRepository procedures;

	private final NewMediaAccountRepository accounts;

	private final WebsiteRepository websites;

	ContentController(StartTemplate template, RecordVariables variables, ContentService contents,
			ContentItemRepository items, ProcedureRepository procedures, NewMediaAccountRepository accounts,
			WebsiteRepository websites) {
		this.template = template;
		this.variables = variables;
		this.contents = contents;
		this.items = items;
		this.procedures = procedures;
		this.accounts = accounts;
		this.websites = websites;
	}

	@PostMapping("/api/contents")
	@Operation(summary = "提交一条待发布内容的审核（一事一审）：201；400 填写有误或转载未注明来源；403 非本单位；404；409 账号或网站不在运行")
	ResponseEntity<StartedView> submit(@Valid @RequestBody ContentRequest request,
			@RequestHeader(name = IdempotentStarts.HEADER, required = false) String idempotencyKey) {
		AppUser user = CurrentUser.get();
		ContentService.Target target;
		try {
			target = contents.target(request, user.id());
		}
		catch (ContentService.TargetRefused e) {
			throw new ApiException(e.status, e.getMessage(), List.of(new Violation(e.code, null, e.getMessage())));
		}
		ContentRules.Findings findings = contents.findings(request);
		if (!findings.refusals().isEmpty()) {
			// a repost without its source is a form not filled in: 400, like an empty title
			throw new ApiException(HttpStatus.BAD_REQUEST, findings.refusals().get(0).message(),
					violations(findings.refusals()));
		}
		// no lock: nothing limits how many items a unit has under review; the process checks the target again
		StartTemplate.Started started = template.start(user, idempotencyKey,
				new StartTemplate.Start(ProcedureKind.CONTENT_REVIEW, ContentProcess.KEY,
						target.accountId() != null ? "account:" + target.accountId() : "website:" + target.websiteId(),
						request, () -> Checked.flagging(violations(findings.corrections())),
						() -> variables.toVariables(request)));
		return started.created(new StartedView(started.businessKey(), started.processInstanceId(), started.status(),
				started.replayed(), started.flags()));
	}

	private static List<Violation> violations(List<RuleViolation> found) {
		return found.stream().map(RuleViolation::toViolation).toList();
	}

	record StartedView(String businessKey, String processInstanceId, String status, boolean replayed,
			List<Violation> violations) {
	}

	/** An item as listed: where it stands, and where and when it was published. */
	record ItemView(String businessKey, Long accountId, Long websiteId, String title, ContentKind kind,
			String kindLabel, boolean important, ContentStatus status, String statusLabel, Instant approvedAt,
			String publishedUrl, Instant publishedAt) {
	}

	record ItemPage(List<ItemView> items, int page, int size, long total) {
	}

	@GetMapping("/api/contents")
	@Operation(summary = "本单位的内容审核事项（局办公室、市政府办公室看全部），新的在前，可按账号、网站、状态筛选，分页")
	@Transactional(readOnly = true)
	ItemPage list(@RequestParam(required = false) Long accountId, @RequestParam(required = false) Long websiteId,
			@RequestParam(required = false) ContentStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw ApiException.badRequest("INVALID_VALUE", "size", "每页 1–" + MAX_PAGE_SIZE + " 条，页码从 0 开始");
		}
		AppUser user = CurrentUser.get();
		boolean all = user.isApprover() || user.isAdmin();
		Page<ContentItem> found = items.search(all, all ? List.of("") : user.unitCodes(), accountId, websiteId, status,
				PageRequest.of(page, size));
		return new ItemPage(found.stream().map(this::view).toList(), page, size, found.getTotalElements());
	}

	/** The publication log of one account or website, newest first, with its last publication. */
	record PublicationLog(Instant lastPublishedAt, List<ItemView> publications) {
	}

	@GetMapping("/api/new-media/accounts/{id}/publications")
	@Operation(summary = "账号的发布记录（经审核发布的内容）及最近一次发布时间")
	@Transactional(readOnly = true)
	PublicationLog accountPublications(@PathVariable long id) {
		Unit unit = accounts.findById(id)
			.orElseThrow(() -> ApiException.notFound("未找到编号为 " + id + " 的政务新媒体账号"))
			.getHostUnit();
		requireVisible(unit);
		return new PublicationLog(items.lastPublishedOnAccount(id),
				items.findByAccountIdAndStatusOrderByPublishedAtDesc(id, ContentStatus.PUBLISHED).stream().map(this::view).toList());
	}

	@GetMapping("/api/websites/{id}/publications")
	@Operation(summary = "网站的发布记录（经审核发布的内容）及最近一次发布时间")
	@Transactional(readOnly = true)
	PublicationLog websitePublications(@PathVariable long id) {
		Unit unit = websites.findById(id)
			.orElseThrow(() -> ApiException.notFound("未找到编号为 " + id + " 的政府网站"))
			.getHostUnit();
		requireVisible(unit);
		return new PublicationLog(items.lastPublishedOnWebsite(id),
				items.findByWebsiteIdAndStatusOrderByPublishedAtDesc(id, ContentStatus.PUBLISHED).stream().map(this::view).toList());
	}

	private static void requireVisible(Unit unit) {
		if (!CurrentUser.get().canSeeUnit(unit.getCode())) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能查看本单位的发布记录");
		}
	}

	private ItemView view(ContentItem item) {
		String businessKey = procedures.findById(item.getProcedureId()).map(p -> p.getBusinessKey()).orElse(null);
		return new ItemView(businessKey, item.getAccountId(), item.getWebsiteId(), item.getTitle(), item.getKind(),
				item.getKind().label(), item.isImportant(), item.getStatus(), item.getStatus().label(),
				item.getApprovedAt(), item.getPublishedUrl(), item.getPublishedAt());
	}

}

package cn.gov.cjqx.approval.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.account.NewMediaAccount;
import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.identity.UnitMembership;
import cn.gov.cjqx.approval.procedure.Actors;
import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.procedure.MarkdownSummary;
import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureOpener;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.procedure.ProcessProcedures;
import cn.gov.cjqx.approval.procedure.Refusals;
import cn.gov.cjqx.approval.rules.RuleViolation;
import cn.gov.cjqx.approval.system.RecordVariables;
import cn.gov.cjqx.approval.system.Violation;
import cn.gov.cjqx.approval.unit.Unit;
import cn.gov.cjqx.approval.website.Website;
import cn.gov.cjqx.approval.website.WebsiteRepository;
import cn.gov.cjqx.approval.website.WebsiteStatus;

/** What the content review does to our tables; the process decides when, this service checks whether. */
@Service
@Transactional
public class ContentService {

	private final ContentItemRepository items;

	private final NewMediaAccountRepository accounts;

	private final WebsiteRepository websites;

	private final ContentRules rules;

	private final OneReviewPerItemRule oneReview;

	private final ProcedureOpener opener;

	private final ProcessProcedures procedures;

	private final UnitMembership membership;

	private final RecordVariables variables;

	private final WorkingDayCalendar calendar;

	private final int publishWithinWorkingDays;

	ContentService(ContentItemRepository items, NewMediaAccountRepository accounts, WebsiteRepository websites,
			ContentRules rules, OneReviewPerItemRule oneReview, ProcedureOpener opener, ProcessProcedures procedures,
			UnitMembership membership, RecordVariables variables, WorkingDayCalendar calendar,
			@Value("${app.content.publish-within-working-days:2}") int publishWithinWorkingDays) {
		this.items = items;
		this.accounts = accounts;
		this.websites = websites;
		this.rules = rules;
		this.oneReview = oneReview;
		this.opener = opener;
		this.procedures = procedures;
		this.membership = membership;
		this.variables = variables;
		this.calendar = calendar;
		this.publishWithinWorkingDays = publishWithinWorkingDays;
	}

	/**
	 * Where an item is published: an account or a website, the unit that runs it, and the label of its state when it
	 * is not ACTIVE or ONLINE.
	 */
	record Target(Long accountId, Long websiteId, String name, Unit unit, String notRunning) {
	}

	/** Why a request has no target it may publish on, with the HTTP status the REST door answers. */
	static final class TargetRefused extends RuntimeException {

		final HttpStatus status;

		final String code;

		TargetRefused(HttpStatus status, String code, String message) {
			super(message, null, false, false);
			this.status = status;
			this.code = code;
		}

	}

	/**
	 * The target of a request: exactly one of account and website (400), existing (404), of a unit where the user is
	 * an applicant (403), ACTIVE or ONLINE (409); else {@link TargetRefused}.
	 */
	@Transactional(readOnly = true)
	public Target target(ContentRequest request, String userId) {
		if ((request.accountId() == null) == (request.websiteId() == null)) {
			throw new TargetRefused(HttpStatus.BAD_REQUEST, "INVALID_VALUE",
					"请选择一个发布渠道：本单位的一个政务新媒体账号或一个政府网站");
		}
		Target target;
		if (request.accountId() != null) {
			NewMediaAccount account = accounts.findById(request.accountId())
				.orElseThrow(() -> new TargetRefused(HttpStatus.NOT_FOUND, "NOT_FOUND",
						"未找到编号为 " + request.accountId() + " 的政务新媒体账号"));
			target = new Target(account.getId(), null, account.getName(), account.getHostUnit(),
					account.getStatus() == AccountStatus.ACTIVE ? null : account.getStatus().label());
		}
		else {
			Website website = websites.findById(request.websiteId())
				.orElseThrow(() -> new TargetRefused(HttpStatus.NOT_FOUND, "NOT_FOUND",
						"未找到编号为 " + request.websiteId() + " 的政府网站"));
			target = new Target(null, website.getId(), website.getName(), website.getHostUnit(),
					website.getStatus() == WebsiteStatus.ONLINE ? null : website.getStatus().label());
		}
		if (!membership.holds(userId, Groups.APPLICANTS, target.unit().getCode())) {
			throw new TargetRefused(HttpStatus.FORBIDDEN, "FORBIDDEN_UNIT", "只能为本单位的账号或网站提交内容");
		}
		if (target.notRunning() != null) {
			throw new TargetRefused(HttpStatus.CONFLICT, "TARGET_NOT_ACTIVE",
					"“" + target.name() + "”当前" + target.notRunning() + "，不能发布内容");
		}
		return target;
	}

	/** The findings of the rules on a request, as the REST door and Task_RecordItem see them. */
	ContentRules.Findings findings(ContentRequest request) {
		return rules.check(request);
	}

	/**
	 * Task_RecordItem: on start, checks the target and the rules and writes the item; after a correction, checks the
	 * corrected request. Then says where it goes: back to the editor (ART21, ART26), and whether the main leader
	 * decides too (important content, ART23_AUTHORITATIVE_SOURCE).
	 */
	public void record(DelegateExecution execution) {
		ContentRequest request = request(execution);
		ContentRules.Findings findings = findings(request);
		Refusals.refuseAny(findings.refusals());
		boolean outOfList = !findings.mainLeader().isEmpty();
		Procedure procedure = procedures.find(execution.getProcessInstanceId()).map(existing -> {
			items.findById(existing.getId()).orElseThrow().revise(request, outOfList);
			return existing;
		}).orElseGet(() -> open(execution, request, outOfList));
		procedure.recordViolations(findings.all().stream().map(RuleViolation::toViolation).toList());
		ContentItem item = items.findById(procedure.getId()).orElseThrow();
		ContentProcess.NEEDS_CORRECTION.on(execution).set(!findings.corrections().isEmpty());
		ContentProcess.NEEDS_MAIN_LEADER.on(execution).set(item.needsMainLeader());
		if (!findings.corrections().isEmpty()) {
			ProcedureVariables.CORRECTION_REASONS.on(execution).set(RuleViolation.describe(findings.corrections()));
		}
	}

	private Procedure open(DelegateExecution execution, ContentRequest request, boolean outOfList) {
		String initiator = Actors.caller();
		Target target;
		try {
			target = target(request, initiator);
		}
		catch (TargetRefused e) {
			throw Refusals.refused(e.code, e.getMessage());
		}
		Procedure procedure = opener.open(execution, ProcedureKind.CONTENT_REVIEW, request.title(), initiator,
				target.unit(), target.accountId(), target.websiteId());
		items.save(new ContentItem(procedure.getId(), request, outOfList));
		return procedure;
	}

	private ContentRequest request(DelegateExecution execution) {
		try {
			return variables.fromVariables(execution.getVariables(), ContentRequest.class);
		}
		catch (IllegalArgumentException e) {
			throw Refusals.refused("INVALID_TYPE", "内容中有字段的类型不正确：" + e.getMessage());
		}
	}

	/**
	 * On completing a review step (ART22_ONE_REVIEW_PER_ITEM): the step decides its own instance's item, while it is
	 * under review. At the main leader's step, approving a repost from a source off the list needs a written reason
	 * (ART23_AUTHORITATIVE_SOURCE).
	 */
	public void checkReview(DelegateTask task) {
		ContentItem item = procedures.find(task.getProcessInstanceId())
			.flatMap(procedure -> items.findById(procedure.getId()))
			.orElse(null);
		Refusals.refuseAny(oneReview.check(new OneReviewPerItemRule.Review(item)));
		String opinion = ApprovalVariables.OPINION.from(task).get();
		if (ContentProcess.TASK_MAIN_LEADER_REVIEW.equals(task.getTaskDefinitionKey()) && item.isOutOfListSource()
				&& "approve".equals(ApprovalVariables.DECISION.from(task).get()) && (opinion == null || opinion.isBlank())) {
			throw Refusals.refused("ART23_AUTHORITATIVE_SOURCE",
					"转载来源不在党政机关和权威媒体名单内，同意发布须在审批意见中写明理由（第二十三条）");
		}
	}

	/** Task_MarkApproved: approved by everyone it needed; to be published within the configured working days. */
	public void approve(DelegateExecution execution) {
		ContentItem item = item(execution.getProcessInstanceId());
		item.approve(ClockUtil.getCurrentTime().toInstant());
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE);
		LocalDate lastDay = calendar.periodEnd(today, publishWithinWorkingDays).lastDay();
		ContentProcess.PUBLISH_REMIND_AT.on(execution)
			.set(Date.from(lastDay.plusDays(1).atTime(9, 0).atZone(WorkingDayCalendar.ZONE).toInstant()));
	}

	/** Task_Publish: the editor's record of where it was published; the item enters the publication log. */
	public void publish(DelegateExecution execution) {
		String url = ContentProcess.PUBLISHED_URL.from(execution).get();
		if (RepostSourceRule.host(url) == null) {
			throw Refusals.refused("INVALID_VALUE", "请填写发布后的访问链接，以 http:// 或 https:// 开头");
		}
		ContentItem item = item(execution.getProcessInstanceId());
		if (item.getStatus() != ContentStatus.APPROVED) {
			throw Refusals.guardFailed("ART22_ONE_REVIEW_PER_ITEM", "内容尚未审核通过，不能登记发布");
		}
		item.publish(url.strip(), ClockUtil.getCurrentTime().toInstant(), Actors.caller());
		procedures.get(execution.getProcessInstanceId()).end(Outcome.APPROVED);
	}

	/** Rejected or withdrawn: never an update of its account or website. */
	public void end(String processInstanceId, Outcome outcome) {
		item(processInstanceId).end(outcome == Outcome.REJECTED ? ContentStatus.REJECTED : ContentStatus.WITHDRAWN);
		procedures.get(processInstanceId).end(outcome);
	}

	@Transactional(readOnly = true)
	public String summary(String processInstanceId) {
		Procedure procedure = procedures.get(processInstanceId);
		ContentItem item = items.findById(procedure.getId()).orElseThrow();
		String target = item.getAccountId() != null
				? "政务新媒体账号“" + accounts.findById(item.getAccountId()).map(NewMediaAccount::getName).orElse("") + "”"
				: "政府网站“" + websites.findById(item.getWebsiteId()).map(Website::getName).orElse("") + "”";
		MarkdownSummary md = new MarkdownSummary().line("业务编号", procedure.getBusinessKey())
			.line("主办单位", procedure.getUnit().getFullName())
			.line("发布渠道", target)
			.line("标题", item.getTitle())
			.line("类型", item.getKind().label());
		if (item.getKind() == ContentKind.REPOST) {
			md.line("来源", item.getSourceName()).webLink("原文链接", item.getSourceUrl());
		}
		md.line("重要内容", MarkdownSummary.yesNo(item.isImportant()))
			.line("使用地图", MarkdownSummary.yesNo(item.isMapsUsed()));
		if (item.isMapsUsed()) {
			md.line("标准地图", MarkdownSummary.yesNo(item.getStandardMap())).line("审图号", item.getMapApprovalNo());
		}
		List<Violation> findings = new ArrayList<>(procedure.getViolations());
		if (!findings.isEmpty()) {
			md.paragraph("规则检查");
			findings.forEach(v -> md.line(v.code(), v.message()));
		}
		md.paragraph("正文");
		md.raw(MarkdownSummary.escape(item.getBody()).replace("\n", "  \n"));
		if (item.getPublishedUrl() != null) {
			md.webLink("发布链接", item.getPublishedUrl()).line("发布时间", MarkdownSummary.time(item.getPublishedAt()));
		}
		return md.toString();
	}

	private ContentItem item(String processInstanceId) {
		return items.findById(procedures.get(processInstanceId).getId()).orElseThrow();
	}

	static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}

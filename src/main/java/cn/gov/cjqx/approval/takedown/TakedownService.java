package cn.gov.cjqx.approval.takedown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.identity.UnitMembership;
import cn.gov.cjqx.approval.notice.NoticeService;
import cn.gov.cjqx.approval.notice.PublicNotice;
import cn.gov.cjqx.approval.procedure.Actors;
import cn.gov.cjqx.approval.procedure.ApprovalRecordRepository;
import cn.gov.cjqx.approval.procedure.MarkdownSummary;
import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureOpener;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.procedure.ProcedureStatus;
import cn.gov.cjqx.approval.procedure.ProcessProcedures;
import cn.gov.cjqx.approval.procedure.Refusals;
import cn.gov.cjqx.approval.rules.RuleViolation;
import cn.gov.cjqx.approval.system.RecordVariables;
import cn.gov.cjqx.approval.system.Violation;
import cn.gov.cjqx.approval.website.Website;
import cn.gov.cjqx.approval.website.WebsiteRepository;

/** What the takedown process does to our tables; the process decides when, this service checks whether. */
@Service
@Transactional
public class TakedownService {

	private final WebsiteRepository websites;

	private final ProcedureRepository procedures;

	private final ProcessProcedures processProcedures;

	private final TakedownRules rules;

	private final ApprovalRecordRepository approvals;

	private final TakedownFilingRepository filings;

	private final ProcedureOpener opener;

	private final UnitMembership membership;

	private final NoticeService notices;

	private final RecordVariables variables;

	TakedownService(WebsiteRepository websites, ProcedureRepository procedures, TakedownFilingRepository filings,
			ProcedureOpener opener, UnitMembership membership, NoticeService notices, RecordVariables variables,
			ProcessProcedures processProcedures, ApprovalRecordRepository approvals, TakedownRules rules) {
		this.websites = websites;
		this.procedures = procedures;
		this.filings = filings;
		this.opener = opener;
		this.membership = membership;
		this.notices = notices;
		this.variables = variables;
		this.processProcedures = processProcedures;
		this.rules = rules;
		this.approvals = approvals;
	}

	/** The start must not lie in the past; then the HARD rules of Article 10, under the website's lock. */
	public List<Violation> refusals(Website lockedWebsite, TakedownRequest request, Long ownProcedureId) {
		List<Violation> refusals = new ArrayList<>();
		if (request.plannedStart().isBefore(today())) {
			refusals.add(new Violation("INVALID_VALUE", "plannedStart", "计划下线日期不能早于今天"));
		}
		boolean running = ownProcedureId == null && procedures.existsByWebsiteIdAndStatusAndKindIn(
				lockedWebsite.getId(), ProcedureStatus.RUNNING, ProcedureKind.WEBSITE_PROCEDURES);
		TakedownFacts facts = new TakedownFacts(request.plannedDays(), request.plannedStart().getYear(),
				filings.countForYear(lockedWebsite.getId(), request.plannedStart().getYear(),
						ownProcedureId == null ? -1L : ownProcedureId),
				running);
		rules.check(facts).stream().map(RuleViolation::toViolation).forEach(refusals::add);
		return refusals;
	}

	/** Task_RecordTakedown: on start, checks and writes the procedure; after a revision, checks the new request. */
	public void record(DelegateExecution execution) {
		TakedownRequest request = request(execution.getVariables());
		processProcedures.find(execution.getProcessInstanceId()).ifPresentOrElse(procedure -> {
			Website website = websites.lockById(procedure.getWebsiteId()).orElseThrow();
			refuseIfAny(refusals(website, request, procedure.getId()));
			filings.findById(procedure.getId()).orElseThrow().revise(request);
			setTimes(execution, request);
		}, () -> open(execution, request));
	}

	private void open(DelegateExecution execution, TakedownRequest request) {
		Website website = websites.lockById(TakedownProcess.WEBSITE_ID.from(execution).required("INVALID_VALUE"))
			.orElseThrow(() -> Refusals.refused("NOT_FOUND", "网站不存在"));
		String initiator = Actors.caller();
		if (!membership.holds(initiator, Groups.APPLICANTS, website.getHostUnit().getCode())) {
			throw Refusals.refused("FORBIDDEN_UNIT", "只有主办单位的经办人可以申请该网站临时下线");
		}
		refuseIfAny(refusals(website, request, null));
		Procedure procedure = opener.open(execution, ProcedureKind.WEBSITE_TAKEDOWN, website.getName(), initiator,
				website.getHostUnit(), null, website.getId());
		filings.save(new TakedownFiling(procedure.getId(), website.getId(), request));
		setTimes(execution, request);
	}

	private static void setTimes(DelegateExecution execution, TakedownRequest request) {
		TakedownProcess.PLANNED_START_AT.on(execution).set(midnight(request.plannedStart()));
		TakedownProcess.PLANNED_END_AT.on(execution).set(midnight(request.plannedEnd()));
	}

	/** ART10_ANNOUNCEMENT: announced on the portal, before the site goes offline. */
	public void announce(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		TakedownFiling filing = filings.findById(procedure.getId()).orElseThrow();
		Website website = websites.findById(filing.getWebsiteId()).orElseThrow();
		PublicNotice notice = notices.announce(procedure.getBusinessKey(), "关于" + website.getName() + "临时下线的公告",
				website.getName() + "（" + website.getDomain() + "）因" + filing.getReason() + "，经市政府办公室同意，将于 "
						+ filing.getPlannedStart() + " 起临时下线，预计 " + filing.getPlannedDays() + " 天，于 "
						+ filing.request().plannedEnd() + " 恢复访问。给您带来的不便，敬请谅解。",
				filing.request().plannedEnd().minusDays(1));
		filing.announced(notice.getId());
	}

	/** At the planned start: the site is OFFLINE_TEMPORARY. */
	public void takeOffline(String processInstanceId) {
		TakedownFiling filing = filing(processInstanceId);
		if (!approvals.approvedAt(processInstanceId, TakedownProcess.TASK_CITY_APPROVAL, Groups.CITY_GOV_OFFICE)) {
			throw Refusals.guardFailed("ART10_CITY_APPROVAL", "市政府办公室尚未审批同意，网站不能临时下线");
		}
		if (filing.getNoticeId() == null) {
			throw Refusals.guardFailed("ART10_ANNOUNCEMENT", "尚未在门户网站发布下线公告，网站不能临时下线");
		}
		websites.findById(filing.getWebsiteId()).orElseThrow().takeOfflineTemporarily();
		filing.wentOffline(ClockUtil.getCurrentTime().toInstant());
	}

	/** ART10_MAX_30_DAYS: still offline 30 days after going offline — a recorded violation for the city office. */
	public void escalate(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		filings.findById(procedure.getId()).orElseThrow().escalate();
		List<Violation> violations = new ArrayList<>(procedure.getViolations());
		violations.add(new Violation("ART10_MAX_30_DAYS", null, "网站临时下线已满 30 天仍未恢复（第十条），已报市政府办公室"));
		procedure.recordViolations(violations);
	}

	/** Restored: the site is ONLINE, the announcement ends, the procedure ends APPROVED. */
	public void restore(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		TakedownFiling filing = filings.findById(procedure.getId()).orElseThrow();
		websites.findById(filing.getWebsiteId()).orElseThrow().restoreOnline();
		filing.restored(ClockUtil.getCurrentTime().toInstant());
		if (filing.getNoticeId() != null) {
			notices.endToday(filing.getNoticeId());
		}
		procedure.end(Outcome.APPROVED);
	}

	public void end(String processInstanceId, Outcome outcome) {
		procedure(processInstanceId).end(outcome);
	}

	@Transactional(readOnly = true)
	public String summary(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		TakedownFiling filing = filings.findById(procedure.getId()).orElseThrow();
		Website website = websites.findById(filing.getWebsiteId()).orElseThrow();
		MarkdownSummary md = new MarkdownSummary().line("业务编号", procedure.getBusinessKey())
			.line("网站", website.getName() + "（" + website.getDomain() + "，标识码 " + website.getSiteCode() + "）")
			.line("主办单位", procedure.getUnit().getFullName())
			.line("下线原因", filing.getReason())
			.line("计划下线", filing.getPlannedStart() + " 起 " + filing.getPlannedDays() + " 天，"
					+ filing.request().plannedEnd() + " 恢复");
		if (filing.getNoticeId() != null) {
			PublicNotice notice = notices.get(filing.getNoticeId());
			md.line("公告", notice.getPublishedOn() + " 发布，至 " + notice.getEndsOn() + (notice.isRevoked() ? "，已撤销" : ""));
		}
		if (filing.getOfflineAt() != null) {
			md.line("实际下线", filing.getOfflineAt().atZone(WorkingDayCalendar.ZONE).toLocalDate());
		}
		if (filing.getRestoredAt() != null) {
			md.line("恢复上线", MarkdownSummary.time(filing.getRestoredAt()));
		}
		if (filing.isEscalated()) {
			md.note("已满 30 天仍未恢复，已报市政府办公室");
		}
		return md.toString();
	}

	private TakedownRequest request(Map<String, Object> values) {
		TakedownRequest request;
		try {
			request = variables.fromVariables(values, TakedownRequest.class);
		}
		catch (IllegalArgumentException e) {
			throw Refusals.refused("INVALID_TYPE", "临时下线申请中有字段的类型不正确");
		}
		if (request.reason() == null || request.plannedStart() == null || request.plannedDays() == null
				|| request.plannedDays() < 1) {
			throw Refusals.refused("INVALID_VALUE", "请填写下线原因、计划下线日期和天数（至少 1 天）");
		}
		return request;
	}

	private static void refuseIfAny(List<Violation> refusals) {
		if (!refusals.isEmpty()) {
			throw Refusals.refused(refusals.get(0).code(), refusals.get(0).message());
		}
	}

	private TakedownFiling filing(String processInstanceId) {
		return filings.findById(procedure(processInstanceId).getId()).orElseThrow();
	}

	Procedure procedure(String processInstanceId) {
		return processProcedures.get(processInstanceId);
	}

	static LocalDate today() {
		return ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
	}

	static Date midnight(LocalDate day) {
		return Date.from(day.atStartOfDay(WorkingDayCalendar.ZONE).toInstant());
	}


}

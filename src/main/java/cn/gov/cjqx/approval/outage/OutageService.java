package cn.gov.cjqx.approval.outage;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.identity.UnitMembership;
import cn.gov.cjqx.approval.procedure.Actors;
import cn.gov.cjqx.approval.procedure.MarkdownSummary;
import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureOpener;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.procedure.ProcedureStatus;
import cn.gov.cjqx.approval.procedure.ProcessProcedures;
import cn.gov.cjqx.approval.procedure.Refusals;
import cn.gov.cjqx.approval.system.RecordVariables;
import cn.gov.cjqx.approval.system.Violation;
import cn.gov.cjqx.approval.website.Website;
import cn.gov.cjqx.approval.website.WebsiteRepository;
import cn.gov.cjqx.approval.website.WebsiteStatus;

/** An outage is reported, not approved: the site is OFFLINE_EMERGENCY at once and ONLINE again when restored. */
@Service
@Transactional
public class OutageService {

	private final WebsiteRepository websites;

	private final ProcedureRepository procedures;

	private final ProcessProcedures processProcedures;

	private final OutageFilingRepository filings;

	private final ProcedureOpener opener;

	private final UnitMembership membership;

	private final RecordVariables variables;

	OutageService(WebsiteRepository websites, ProcedureRepository procedures, OutageFilingRepository filings,
			ProcedureOpener opener, UnitMembership membership, RecordVariables variables,
			ProcessProcedures processProcedures) {
		this.websites = websites;
		this.procedures = procedures;
		this.filings = filings;
		this.opener = opener;
		this.membership = membership;
		this.variables = variables;
		this.processProcedures = processProcedures;
	}

	/** Why an outage cannot be reported now, under the website's lock. */
	public List<Violation> refusals(Website lockedWebsite) {
		List<Violation> refusals = new ArrayList<>();
		if (procedures.existsByWebsiteIdAndStatusAndKindIn(lockedWebsite.getId(), ProcedureStatus.RUNNING,
				ProcedureKind.WEBSITE_PROCEDURES) || lockedWebsite.getStatus() != WebsiteStatus.ONLINE) {
			refusals.add(new Violation("ONE_PROCEDURE_AT_A_TIME", null,
					"该网站已有正在办理的临时下线或断网报备事项（当前状态：" + lockedWebsite.getStatus().label() + "）"));
		}
		return refusals;
	}

	/** Task_RecordOutage: the report is recorded and the site is OFFLINE_EMERGENCY at once. */
	public void record(DelegateExecution execution) {
		OutageRequest request;
		try {
			request = variables.fromVariables(execution.getVariables(), OutageRequest.class);
		}
		catch (IllegalArgumentException e) {
			throw Refusals.refused("INVALID_TYPE", "报备信息中有字段的类型不正确");
		}
		if (request.cause() == null || request.offlineSince() == null || request.description() == null) {
			throw Refusals.refused("INVALID_VALUE", "请填写原因、开始时间和情况说明");
		}
		Website website = websites.lockById(OutageProcess.WEBSITE_ID.from(execution).required("INVALID_VALUE"))
			.orElseThrow(() -> Refusals.refused("NOT_FOUND", "网站不存在"));
		String initiator = Actors.caller();
		if (!membership.holds(initiator, Groups.APPLICANTS, website.getHostUnit().getCode())) {
			throw Refusals.refused("FORBIDDEN_UNIT", "只有主办单位的经办人可以报备该网站");
		}
		List<Violation> refusals = refusals(website);
		if (!refusals.isEmpty()) {
			throw Refusals.refused(refusals.get(0).code(), refusals.get(0).message());
		}
		Procedure procedure = opener.open(execution, ProcedureKind.WEBSITE_OUTAGE_REPORT, website.getName(),
				initiator, website.getHostUnit(), null, website.getId());
		filings.save(new OutageFiling(procedure.getId(), website.getId(), request.cause(),
				request.offlineSince().toInstant(), request.description()));
		website.markOfflineEmergency();
	}

	/** Task_RestoreOnline */
	public void restore(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		OutageFiling filing = filings.findById(procedure.getId()).orElseThrow();
		websites.findById(filing.getWebsiteId()).orElseThrow().restoreOnline();
		filing.restored(ClockUtil.getCurrentTime().toInstant());
		procedure.end(Outcome.APPROVED);
	}

	@Transactional(readOnly = true)
	public String summary(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		OutageFiling filing = filings.findById(procedure.getId()).orElseThrow();
		Website website = websites.findById(filing.getWebsiteId()).orElseThrow();
		MarkdownSummary md = new MarkdownSummary().line("业务编号", procedure.getBusinessKey())
			.line("网站", website.getName() + "（" + website.getDomain() + "，标识码 " + website.getSiteCode() + "）")
			.line("主办单位", procedure.getUnit().getFullName())
			.line("原因", filing.getCause().label())
			.line("下线时间", MarkdownSummary.time(filing.getOfflineSince()))
			.line("情况说明", filing.getDescription());
		if (filing.getRestoredAt() != null) {
			md.line("恢复上线", MarkdownSummary.time(filing.getRestoredAt()));
		}
		return md.toString();
	}

	private Procedure procedure(String processInstanceId) {
		return processProcedures.get(processInstanceId);
	}

}

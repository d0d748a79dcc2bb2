package cn.gov.cjqx.approval.closure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.account.NewMediaAccount;
import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.account.PlatformCatalog;
import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.identity.UnitMembership;
import cn.gov.cjqx.approval.notice.NoticeService;
import cn.gov.cjqx.approval.notice.PublicNotice;
import cn.gov.cjqx.approval.procedure.AccountProcedureGuard;
import cn.gov.cjqx.approval.procedure.Actors;
import cn.gov.cjqx.approval.procedure.ApprovalRecordRepository;
import cn.gov.cjqx.approval.procedure.DecisionBasis;
import cn.gov.cjqx.approval.procedure.MarkdownSummary;
import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureOpener;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.procedure.ProcessProcedures;
import cn.gov.cjqx.approval.procedure.Refusals;
import cn.gov.cjqx.approval.system.Violation;

/**
 * What the closure process does to our tables: the procedure and its filing, the notice, the account's status. The
 * process decides when; this service checks whether. Runs in the engine's transaction.
 */
@Service
@Transactional
public class ClosureService {

	private final NewMediaAccountRepository accounts;

	private final ProcedureRepository procedures;

	private final ProcessProcedures processProcedures;

	private final ApprovalRecordRepository approvals;

	private final ClosureFilingRepository filings;

	private final ProcedureOpener opener;

	private final UnitMembership membership;

	private final NoticeService notices;

	private final PlatformCatalog platforms;

	private final AccountProcedureGuard guard;

	ClosureService(NewMediaAccountRepository accounts, ProcedureRepository procedures, ClosureFilingRepository filings,
			ProcedureOpener opener, UnitMembership membership, NoticeService notices, PlatformCatalog platforms,
			AccountProcedureGuard guard, ProcessProcedures processProcedures, ApprovalRecordRepository approvals) {
		this.accounts = accounts;
		this.procedures = procedures;
		this.filings = filings;
		this.opener = opener;
		this.membership = membership;
		this.notices = notices;
		this.platforms = platforms;
		this.guard = guard;
		this.processProcedures = processProcedures;
		this.approvals = approvals;
	}

	/**
	 * Why this closure may not start, under a lock on the account (so that concurrent requests are decided one after the
	 * other): the account must be ACTIVE, have no other change or closure running, and an ordered closure must give a
	 * reason of Article 19.
	 */
	public List<Violation> refusals(NewMediaAccount lockedAccount, ClosureRequest request, boolean ordered) {
		List<Violation> refusals = new ArrayList<>();
		if (lockedAccount.getStatus() != AccountStatus.ACTIVE) {
			refusals.add(new Violation("ACCOUNT_NOT_ACTIVE", null,
					"账号“" + lockedAccount.getName() + "”当前为“" + lockedAccount.getStatus().label() + "”，不能关停或注销"));
		}
		guard.check(lockedAccount).ifPresent(refusals::add);
		if (ordered && !request.reason().article19()) {
			refusals.add(new Violation("INVALID_VALUE", "reason", "局办公室责令关停须依据第十九条所列原因"));
		}
		return refusals;
	}

	/** Task_RecordClosure: on start, checks and writes the procedure; after a revision, takes the new request. */
	public void record(DelegateExecution execution) {
		ClosureRequest request = request(execution);
		processProcedures.find(execution.getProcessInstanceId()).ifPresentOrElse(procedure -> {
			ClosureFiling filing = filings.findById(procedure.getId()).orElseThrow();
			filing.revise(request);
			// a consolidation the unit already recorded stands when the unit decides again after a revision
			ClosureProcess.CONSOLIDATE_FIRST.on(execution)
				.set(request.reason().consolidateFirst() && filing.getConsolidationDone() == null);
		}, () -> open(execution, request));
	}

	private void open(DelegateExecution execution, ClosureRequest request) {
		NewMediaAccount account = accounts.lockById(ClosureProcess.ACCOUNT_ID.from(execution).required("INVALID_VALUE"))
			.orElseThrow(() -> Refusals.refused("NOT_FOUND", "账号不存在"));
		String initiator = Actors.caller();
		String unitCode = account.getHostUnit().getCode();
		boolean ordered;
		if (membership.holds(initiator, Groups.APPLICANTS, unitCode)) {
			ordered = false;
		}
		else if (membership.holdsRole(initiator, Groups.BUREAU_OFFICE)) {
			ordered = true;
		}
		else {
			throw Refusals.refused("FORBIDDEN_UNIT", "只有本单位经办人或局办公室可以申请关停、注销该账号");
		}
		List<Violation> refusals = refusals(account, request, ordered);
		if (!refusals.isEmpty()) {
			throw Refusals.refused(refusals.get(0).code(), refusals.get(0).message());
		}
		Procedure procedure = opener.open(execution, ProcedureKind.NEW_MEDIA_CLOSURE, account.getName(), initiator,
				account.getHostUnit(), account.getId(), null);
		filings.save(new ClosureFiling(procedure.getId(), request, ordered));
		ClosureProcess.ORDERED.on(execution).set(ordered);
		ClosureProcess.CONSOLIDATE_FIRST.on(execution).set(request.reason().consolidateFirst());
	}

	/** ART19_CONSOLIDATE_FIRST: the retained account and what was consolidated, before the unit decides. */
	public void recordConsolidation(String processInstanceId, String retainedAccount, String consolidationDone) {
		filing(processInstanceId).recordConsolidation(retainedAccount, consolidationDone);
	}

	/** The request as it stands (the fields of the start and revision forms). */
	@Transactional(readOnly = true)
	public ClosureRequest request(String processInstanceId) {
		ClosureFiling filing = filing(processInstanceId);
		return new ClosureRequest(filing.getClosureKind(), filing.getReason(), filing.getDescription());
	}

	/** The unit's last recorded decision basis and document, if it decided: what its form shows when it decides again. */
	@Transactional(readOnly = true)
	public Optional<RecordedBasis> lastDecisionBasis(String processInstanceId) {
		ClosureFiling filing = filing(processInstanceId);
		return filing.getDecisionBasis() == null ? Optional.empty()
				: Optional.of(new RecordedBasis(filing.getDecisionBasis(), filing.getDecisionReference()));
	}

	/** A recorded decision basis (ART18_DECISION_BASIS) and its document. */
	public record RecordedBasis(DecisionBasis basis, String reference) {
	}

	/** ART18_DECISION_BASIS */
	public void recordDecisionBasis(String processInstanceId, DecisionBasis basis, String reference) {
		filing(processInstanceId).recordDecisionBasis(basis, reference);
	}

	/**
	 * ART18_PUBLIC_NOTICE: the closure is announced for 15 working days and the account is CLOSING. Returns the
	 * notice, whose {@link PublicNotice#continuesAt()} the process waits for.
	 */
	public PublicNotice publishNotice(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		ClosureFiling filing = filings.findById(procedure.getId()).orElseThrow();
		NewMediaAccount account = accounts.findById(procedure.getAccountId()).orElseThrow();
		String kind = filing.getClosureKind().label();
		PublicNotice notice = notices.publish(procedure.getBusinessKey(),
				"关于" + kind + "政务新媒体“" + account.getName() + "”的公告",
				procedure.getUnit().getFullName() + "拟" + kind + "其在" + platforms.label(account.getPlatform()) + "开设的政务新媒体账号“"
						+ account.getName() + "”。原因：" + filing.getReason().label() + "。" + filing.getDescription()
						+ "\n依据《澄江市气象局政府网站和政府新媒体管理制度》第十八条，特此公告，公告期不少于 "
						+ NoticeService.ARTICLE_18_WORKING_DAYS + " 个工作日。",
				NoticeService.ARTICLE_18_WORKING_DAYS);
		account.markClosing();
		filing.noticePublished(notice.getId());
		return notice;
	}

	/** Withdrawn by the unit before the notice ended: the notice is revoked and the account stays ACTIVE. */
	public void withdraw(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		ClosureFiling filing = filings.findById(procedure.getId()).orElseThrow();
		if (filing.getNoticeId() != null) {
			notices.revoke(filing.getNoticeId());
		}
		NewMediaAccount account = accounts.findById(procedure.getAccountId()).orElseThrow();
		if (account.getStatus() == AccountStatus.CLOSING) {
			account.keepActive();
		}
		procedure.end(Outcome.WITHDRAWN);
	}

	public void reject(String processInstanceId) {
		procedure(processInstanceId).end(Outcome.REJECTED);
	}

	public void recordPlatformClosed(String processInstanceId, LocalDate on) {
		filing(processInstanceId).recordPlatformClosed(on);
	}

	/** ART19_DEREGISTER_CERTIFICATION */
	public void recordCertificationDeregistered(String processInstanceId, LocalDate on) {
		filing(processInstanceId).recordCertificationDeregistered(on);
	}

	public void recordFilingUpdate(String processInstanceId, String note) {
		filing(processInstanceId).recordFilingUpdate(note);
	}

	/** The account is SHUT_DOWN or DEREGISTERED; the procedure ends APPROVED. */
	public void complete(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		ClosureFiling filing = filings.findById(procedure.getId()).orElseThrow();
		if (!approvals.approvedAt(processInstanceId, ClosureProcess.TASK_CITY_FILING, Groups.CITY_GOV_OFFICE)) {
			throw Refusals.guardFailed("ART18_PUBLIC_NOTICE", "市政府办公室尚未同意备案，账号不能关停或注销");
		}
		LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
		PublicNotice notice = filing.getNoticeId() == null ? null : notices.get(filing.getNoticeId());
		if (notice == null || !notice.hasEnded(today)) {
			throw Refusals.guardFailed("ART18_PUBLIC_NOTICE", "关停/注销公告尚未期满（至少 "
					+ NoticeService.ARTICLE_18_WORKING_DAYS + " 个工作日），账号不能关停或注销");
		}
		if (filing.getCertificationDeregisteredOn() == null) {
			throw Refusals.guardFailed("ART19_DEREGISTER_CERTIFICATION", "认证注销尚未登记，账号不能关停或注销");
		}
		accounts.findById(procedure.getAccountId())
			.orElseThrow()
			.markClosed(filing.getClosureKind() == ClosureKind.DEREGISTRATION);
		procedure.end(Outcome.APPROVED);
	}

	@Transactional(readOnly = true)
	public boolean ordered(String processInstanceId) {
		return filing(processInstanceId).isOrdered();
	}

	/** Every field of the closure and what its steps recorded so far, for the task forms. */
	@Transactional(readOnly = true)
	public String summary(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		ClosureFiling filing = filings.findById(procedure.getId()).orElseThrow();
		MarkdownSummary md = new MarkdownSummary().line("业务编号", procedure.getBusinessKey())
			.line("主办单位", procedure.getUnit().getFullName())
			.line("账号名称", procedure.getSubject());
		accounts.findById(procedure.getAccountId()).ifPresent(account -> md.line("发布平台",
				platforms.label(account.getPlatform())));
		md.line("事项", filing.getClosureKind().label() + (filing.isOrdered() ? "（局办公室责令）" : "（单位申请）"))
			.line("原因", filing.getReason().label())
			.line("情况说明", filing.getDescription());
		if (filing.getRetainedAccount() != null) {
			md.line("整合至", filing.getRetainedAccount()).line("整合情况", filing.getConsolidationDone());
		}
		if (filing.getDecisionBasis() != null) {
			md.line("决定依据", filing.getDecisionBasis().label() + "（" + filing.getDecisionReference() + "）");
		}
		if (filing.getNoticeId() != null) {
			PublicNotice notice = notices.get(filing.getNoticeId());
			md.line("公告", notice.getPublishedOn() + " 发布，" + notice.getEndsOn() + " 期满（" + notice.getWorkingDays()
					+ " 个工作日" + (notice.isProvisional() ? "，暂按周一至周五计算" : "") + "）"
					+ (notice.isRevoked() ? "，已撤销" : ""));
		}
		if (filing.getPlatformClosedOn() != null) {
			md.line("平台关停日期", filing.getPlatformClosedOn());
		}
		if (filing.getCertificationDeregisteredOn() != null) {
			md.line("认证注销日期", filing.getCertificationDeregisteredOn());
		}
		if (filing.getFilingUpdateNote() != null) {
			md.line("备案更新情况", filing.getFilingUpdateNote());
		}
		return md.toString();
	}

	Procedure procedure(String processInstanceId) {
		return processProcedures.get(processInstanceId);
	}

	private ClosureFiling filing(String processInstanceId) {
		return filings.findById(procedure(processInstanceId).getId()).orElseThrow();
	}

	private static ClosureRequest request(DelegateExecution execution) {
		ClosureKind kind = parse(ClosureKind.class, ClosureProcess.KIND.from(execution).get(), "请选择关停或注销");
		ClosureReason reason = parse(ClosureReason.class, ClosureProcess.REASON.from(execution).get(), "请选择原因");
		Object description = ClosureProcess.DESCRIPTION.from(execution).get();
		if (description == null || description.toString().isBlank() || description.toString().length() > 2000) {
			throw Refusals.refused("INVALID_VALUE", "请说明情况（不超过 2000 字）");
		}
		return new ClosureRequest(kind, reason, description.toString().strip());
	}

	private static <E extends Enum<E>> E parse(Class<E> type, Object value, String message) {
		try {
			return Enum.valueOf(type, String.valueOf(value));
		}
		catch (IllegalArgumentException e) {
			throw Refusals.refused("INVALID_VALUE", message);
		}
	}


}

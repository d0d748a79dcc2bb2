package cn.gov.cjqx.approval.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.account.NewMediaAccount;
import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.account.PlatformCatalog;
import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.filing.OpeningMaterial;
import cn.gov.cjqx.approval.filing.rules.OpeningFacts;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.identity.UnitMembership;
import cn.gov.cjqx.approval.material.MaterialService;
import cn.gov.cjqx.approval.notice.NoticeService;
import cn.gov.cjqx.approval.notice.PublicNotice;
import cn.gov.cjqx.approval.procedure.AccountProcedureGuard;
import cn.gov.cjqx.approval.procedure.Actors;
import cn.gov.cjqx.approval.procedure.DecisionBasisRule;
import cn.gov.cjqx.approval.procedure.MarkdownSummary;
import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureOpener;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.procedure.ProcessProcedures;
import cn.gov.cjqx.approval.procedure.Refusals;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;
import cn.gov.cjqx.approval.system.RecordVariables;
import cn.gov.cjqx.approval.system.Violation;
import cn.gov.cjqx.approval.unit.Unit;
import cn.gov.cjqx.approval.unit.UnitRepository;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * What the change process does to our tables: the procedure and its filing, the rule checks on the new values, the
 * notice, and at the end the new values with their history. The process decides when; this service checks whether.
 */
@Service
@Transactional
public class ChangeService {

	static final Map<String, String> LABELS = labels();

	private final NewMediaAccountRepository accounts;

	private final UnitRepository units;

	private final ProcedureRepository procedures;

	private final ProcessProcedures processProcedures;

	private final DecisionBasisRule decisionBasis;

	private final ChangeFilingRepository filings;

	private final AccountChangeRepository history;

	private final ProcedureOpener opener;

	private final UnitMembership membership;

	private final NoticeService notices;

	private final AccountProcedureGuard guard;

	private final RecordVariables variables;

	private final Validator validator;

	private final MaterialService materials;

	private final PlatformCatalog platforms;

	private final ChangeRules rules;

	ChangeService(NewMediaAccountRepository accounts, UnitRepository units, ProcedureRepository procedures,
			ChangeFilingRepository filings, AccountChangeRepository history, ProcedureOpener opener,
			UnitMembership membership, NoticeService notices, AccountProcedureGuard guard, RecordVariables variables,
			Validator validator, MaterialService materials, PlatformCatalog platforms, ChangeRules rules,
			ProcessProcedures processProcedures, DecisionBasisRule decisionBasis) {
		this.accounts = accounts;
		this.units = units;
		this.procedures = procedures;
		this.filings = filings;
		this.history = history;
		this.opener = opener;
		this.membership = membership;
		this.notices = notices;
		this.guard = guard;
		this.variables = variables;
		this.validator = validator;
		this.materials = materials;
		this.platforms = platforms;
		this.rules = rules;
		this.processProcedures = processProcedures;
		this.decisionBasis = decisionBasis;
	}

	/**
	 * Why this change may not start at all, under the account's lock: the platform cannot change, something must
	 * change, the account must be ACTIVE, and no other change or closure may run (ONE_PROCEDURE_AT_A_TIME).
	 */
	public List<Violation> refusals(NewMediaAccount lockedAccount, ChangeRequest request) {
		List<Violation> refusals = new ArrayList<>();
		if (request.platform() != null) {
			refusals.add(new Violation("PLATFORM_UNCHANGEABLE", "platform",
					"发布平台不能变更：更换平台须先关停或注销原账号，再重新提交开设备案"));
		}
		if (request.changedFields().isEmpty()) {
			refusals.add(new Violation("MISSING_FIELD", null, "请至少填写一项要变更的内容"));
		}
		if (lockedAccount.getStatus() != AccountStatus.ACTIVE) {
			refusals.add(new Violation("ACCOUNT_NOT_ACTIVE", null,
					"账号“" + lockedAccount.getName() + "”当前为“" + lockedAccount.getStatus().label() + "”，不能变更"));
		}
		guard.check(lockedAccount).ifPresent(refusals::add);
		return refusals;
	}

	/** What the check before filing found: the start's refusals, or else what the rules find (HARD and SOFT). */
	public record FirstCheck(List<Violation> refusals, List<RuleViolation> findings) {
	}

	/**
	 * The check before a change is filed: the refusals the start would answer, else the rules the process runs on the
	 * changed values, as the process would (nothing locked, nothing stored; the start checks again under the lock).
	 */
	@Transactional(readOnly = true)
	public FirstCheck checkFirst(long accountId, ChangeRequest request) {
		NewMediaAccount account = accounts.findWithHostUnitById(accountId).orElseThrow();
		List<Violation> refusals = refusals(account, request);
		return new FirstCheck(refusals, refusals.isEmpty() ? check(account, request) : List.of());
	}

	/** The rules of the opening, run again on the changed values, and the materials a change needs. */
	public List<RuleViolation> check(NewMediaAccount account, ChangeRequest request) {
		Unit host = request.hostUnitCode() == null ? account.getHostUnit()
				: units.findByCode(request.hostUnitCode()).orElse(null);
		if (host == null) {
			return List.of(new RuleViolation("ART13_HOST_IS_UNIT", RuleKind.HARD, "hostUnitCode",
					"主办单位不存在：" + request.hostUnitCode()));
		}
		boolean hostChanged = !host.getId().equals(account.getHostUnit().getId());
		long others = hostChanged ? accounts.countHeldByHostUnitIdExcept(host.getId(), account.getId()) : 0;
		OpeningFacts facts = new OpeningFacts(after(account, request, host), new OpeningFacts.HostUnit(host.getCode(),
				host.getFullName(), host.getShortName(), host.getKind(), host.isClassified(), host.isPublicFunctions(),
				host.isVerticallyManaged()), others, platforms.find(account.getPlatform()), presentMaterials(request, host));
		return rules.check(facts, request, account, hostChanged);
	}

	private Set<OpeningMaterial> presentMaterials(ChangeRequest request, Unit host) {
		Map<OpeningMaterial, UUID> given = new LinkedHashMap<>();
		if (request.materialEntrustment() != null) {
			given.put(OpeningMaterial.ENTRUSTMENT, request.materialEntrustment());
		}
		if (request.materialNewsQualification() != null) {
			given.put(OpeningMaterial.NEWS_QUALIFICATION, request.materialNewsQualification());
		}
		Set<UUID> own = materials.idsOfUnit(given.values(), host.getId());
		Set<OpeningMaterial> present = EnumSet.noneOf(OpeningMaterial.class);
		given.forEach((kind, id) -> {
			if (own.contains(id)) {
				present.add(kind);
			}
		});
		return present;
	}

	/** The account as it would be after the change, in the shape the opening rules read. */
	private OpeningFiling after(NewMediaAccount account, ChangeRequest request, Unit host) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("unitCode", host.getCode());
		values.put("accountName", request.accountName() != null ? request.accountName() : account.getName());
		values.put("platform", account.getPlatform());
		values.put("certified", request.certified() != null ? request.certified() : account.isCertified());
		values.put("certificationSubject", request.certificationSubject() != null ? request.certificationSubject()
				: account.getCertificationSubject());
		values.put("undertakingEntrusted", request.undertakingEntrusted() != null ? request.undertakingEntrusted()
				: account.isUndertakingEntrusted());
		values.put("columns", request.columns() != null ? request.columns() : account.getColumns());
		values.put("administrators",
				request.administrators() != null ? request.administrators() : account.getAdministrators());
		return variables.fromVariables(values, OpeningFiling.class);
	}

	/** Task_RecordChange: on start, checks the request and writes the procedure; after a correction, the new request. */
	public void record(DelegateExecution execution) {
		ChangeRequest request = validRequest(execution.getVariables());
		processProcedures.find(execution.getProcessInstanceId())
			.ifPresentOrElse(procedure -> filings.findById(procedure.getId())
				.orElseThrow()
				.revise(variables.toJson(request), request.administratorsOnly()), () -> open(execution, request));
	}

	/** The request as stored (JSON of {@link ChangeRequest}). */
	@Transactional(readOnly = true)
	public String requestJson(String processInstanceId) {
		return filings.findById(procedure(processInstanceId).getId()).orElseThrow().getPayload();
	}

	/**
	 * Gateway_AdminsOnly: whether the stored request changes the administrators only (then it skips the city filing
	 * and the notice). Read from our table, never from a variable, which a task's completion could send.
	 */
	@Transactional(readOnly = true)
	public boolean adminsOnly(DelegateExecution execution) {
		return filings.findById(procedure(execution.getProcessInstanceId()).getId()).orElseThrow().isAdminsOnly();
	}

	private void open(DelegateExecution execution, ChangeRequest request) {
		NewMediaAccount account = accounts.lockById(ChangeProcess.ACCOUNT_ID.from(execution).required("INVALID_VALUE"))
			.orElseThrow(() -> Refusals.refused("NOT_FOUND", "账号不存在"));
		String initiator = Actors.caller();
		if (!membership.holds(initiator, Groups.APPLICANTS, account.getHostUnit().getCode())) {
			throw Refusals.refused("FORBIDDEN_UNIT", "只有本单位经办人可以申请变更该账号");
		}
		List<Violation> refusals = refusals(account, request);
		if (!refusals.isEmpty()) {
			throw Refusals.refused(refusals.get(0).code(), refusals.get(0).message());
		}
		Procedure procedure = opener.open(execution, ProcedureKind.NEW_MEDIA_CHANGE, account.getName(), initiator,
				account.getHostUnit(), account.getId(), null);
		filings.save(new ChangeFiling(procedure.getId(), variables.toJson(request), request.administratorsOnly()));
	}

	/** Task_CheckChangeRules: the rules on the stored request; records the violations on the procedure. */
	public List<RuleViolation> check(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		NewMediaAccount account = accounts.lockById(procedure.getAccountId()).orElseThrow();
		List<RuleViolation> violations = check(account, request(procedure));
		procedure.recordViolations(violations.stream().map(RuleViolation::toViolation).toList());
		return violations;
	}

	/** ART18_PUBLIC_NOTICE: the change is announced for 15 working days. */
	public PublicNotice publishNotice(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		ChangeRequest request = request(procedure);
		PublicNotice notice = notices.publish(procedure.getBusinessKey(),
				"关于变更政务新媒体“" + procedure.getSubject() + "”的公告",
				procedure.getUnit().getFullName() + "拟变更其政务新媒体账号“" + procedure.getSubject() + "”的"
						+ request.changedFields().stream().map(LABELS::get).collect(Collectors.joining("、")) + "。原因："
						+ request.reason() + "\n依据《澄江市气象局政府网站和政府新媒体管理制度》第十八条，特此公告，公告期不少于 "
						+ NoticeService.ARTICLE_18_WORKING_DAYS + " 个工作日。",
				NoticeService.ARTICLE_18_WORKING_DAYS);
		filings.findById(procedure.getId()).orElseThrow().noticePublished(notice.getId());
		return notice;
	}

	public void recordApplied(String processInstanceId, LocalDate on) {
		filings.findById(procedure(processInstanceId).getId()).orElseThrow().recordApplied(on);
	}

	public void recordFilingUpdate(String processInstanceId, String note) {
		filings.findById(procedure(processInstanceId).getId()).orElseThrow().recordFilingUpdate(note);
	}

	/** The registry takes the new values; each changed field keeps its previous value in the history. */
	public void complete(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		ChangeRequest request = request(procedure);
		NewMediaAccount account = accounts.lockById(procedure.getAccountId()).orElseThrow();
		Map<String, Object> before = values(account);
		apply(account, request);
		Map<String, Object> after = values(account);
		for (String field : request.changedFields()) {
			history.save(new AccountChange(account.getId(), procedure.getBusinessKey(), field,
					variables.toJson(before.get(field)), variables.toJson(after.get(field)), procedure.getApplicantId()));
		}
		procedure.renameSubject(account.getName());
		procedure.end(Outcome.APPROVED);
	}

	public void end(String processInstanceId, Outcome outcome) {
		procedure(processInstanceId).end(outcome);
	}

	private void apply(NewMediaAccount account, ChangeRequest request) {
		if (request.accountName() != null) {
			account.rename(request.accountName());
		}
		if (request.hostUnitCode() != null) {
			account.transferTo(units.findByCode(request.hostUnitCode()).orElseThrow());
		}
		if (request.hostLeader() != null || request.hostContact() != null) {
			account.setHostLeaderAndContact(or(request.hostLeader(), account.getHostLeader()),
					or(request.hostContact(), account.getHostContact()));
		}
		if (request.undertakingUnitName() != null || request.undertakingEntrusted() != null
				|| request.undertakingLeader() != null || request.undertakingContact() != null) {
			account.setUndertaking(or(request.undertakingUnitName(), account.getUndertakingUnitName()),
					or(request.undertakingEntrusted(), account.isUndertakingEntrusted()),
					or(request.undertakingLeader(), account.getUndertakingLeader()),
					or(request.undertakingContact(), account.getUndertakingContact()));
		}
		if (request.certified() != null || request.certificationSubject() != null) {
			account.setCertification(or(request.certified(), account.isCertified()),
					or(request.certificationSubject(), account.getCertificationSubject()));
		}
		if (request.newsServiceLicensed() != null) {
			account.setNewsServiceLicensed(request.newsServiceLicensed());
		}
		if (request.introduction() != null) {
			account.setIntroduction(request.introduction());
		}
		if (request.accessUrl() != null) {
			account.setAccessUrl(request.accessUrl());
		}
		if (request.qrCodeMaterialId() != null) {
			account.setQrCodeMaterialId(request.qrCodeMaterialId());
		}
		if (request.columns() != null) {
			account.setColumns(request.columns());
		}
		if (request.administrators() != null) {
			account.setAdministrators(request.administrators());
		}
	}

	/** The account's values by the field names of {@link ChangeRequest}. */
	static Map<String, Object> values(NewMediaAccount account) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("accountName", account.getName());
		values.put("hostUnitCode", account.getHostUnit().getCode());
		values.put("hostLeader", account.getHostLeader());
		values.put("hostContact", account.getHostContact());
		values.put("undertakingUnitName", account.getUndertakingUnitName());
		values.put("undertakingEntrusted", account.isUndertakingEntrusted());
		values.put("undertakingLeader", account.getUndertakingLeader());
		values.put("undertakingContact", account.getUndertakingContact());
		values.put("certified", account.isCertified());
		values.put("certificationSubject", account.getCertificationSubject());
		values.put("newsServiceLicensed", account.isNewsServiceLicensed());
		values.put("introduction", account.getIntroduction());
		values.put("accessUrl", account.getAccessUrl());
		values.put("qrCodeMaterialId", account.getQrCodeMaterialId());
		values.put("columns", account.getColumns());
		values.put("administrators", account.getAdministrators());
		return values;
	}

	/**
	 * The change for the task forms: the reason and basis, each changed field with its value before and after (in
	 * words: units by name, answers as 是/否, the QR code as a link, columns and administrators as tables), and the
	 * materials the change brings.
	 */
	@Transactional(readOnly = true)
	public String summary(String processInstanceId) {
		Procedure procedure = procedure(processInstanceId);
		ChangeRequest request = request(procedure);
		NewMediaAccount account = accounts.findWithHostUnitById(procedure.getAccountId()).orElseThrow();
		Map<String, Object> current = values(account);
		Map<String, Object> proposed = proposed(request);
		MarkdownSummary md = new MarkdownSummary().line("业务编号", procedure.getBusinessKey())
			.line("主办单位", procedure.getUnit().getFullName())
			.line("账号", account.getName() + "（" + platforms.label(account.getPlatform()) + "）")
			.line("变更原因", request.reason())
			.line("决定依据", request.decisionBasis().label() + "（" + request.decisionReference() + "）");
		if (request.administratorsOnly()) {
			md.line("仅变更管理员", "无需市政府办公室备案和公告");
		}
		List<String> singleValued = request.changedFields()
			.stream()
			.filter(field -> !field.equals("columns") && !field.equals("administrators"))
			.toList();
		if (!singleValued.isEmpty()) {
			md.raw("\n| 项目 | 原值 | 新值 |\n|---|---|---|\n");
			for (String field : singleValued) {
				md.raw("| " + LABELS.get(field) + " | " + cell(field, current.get(field)) + " | "
						+ cell(field, proposed.get(field)) + " |\n");
			}
		}
		if (request.columns() != null) {
			md.columns("栏目设置（原）", account.getColumns()).columns("栏目设置（变更后）", request.columns());
		}
		if (request.administrators() != null) {
			md.administrators("管理员（原）", account.getAdministrators())
				.administrators("管理员（变更后）", request.administrators());
		}
		if (request.materialEntrustment() != null || request.materialNewsQualification() != null) {
			md.paragraph("**材料**（在新标签页中打开）");
			if (request.materialEntrustment() != null) {
				md.material(OpeningMaterial.ENTRUSTMENT.title(), request.materialEntrustment());
			}
			if (request.materialNewsQualification() != null) {
				md.material(OpeningMaterial.NEWS_QUALIFICATION.title(), request.materialNewsQualification());
			}
		}
		return md.toString();
	}

	private static Map<String, Object> proposed(ChangeRequest request) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("accountName", request.accountName());
		values.put("hostUnitCode", request.hostUnitCode());
		values.put("hostLeader", request.hostLeader());
		values.put("hostContact", request.hostContact());
		values.put("undertakingUnitName", request.undertakingUnitName());
		values.put("undertakingEntrusted", request.undertakingEntrusted());
		values.put("undertakingLeader", request.undertakingLeader());
		values.put("undertakingContact", request.undertakingContact());
		values.put("certified", request.certified());
		values.put("certificationSubject", request.certificationSubject());
		values.put("newsServiceLicensed", request.newsServiceLicensed());
		values.put("introduction", request.introduction());
		values.put("accessUrl", request.accessUrl());
		values.put("qrCodeMaterialId", request.qrCodeMaterialId());
		return values;
	}

	/** A value of the change table as a person reads it. */
	private String cell(String field, Object value) {
		if (value == null) {
			return "（未填写）";
		}
		if (value instanceof Boolean answer) {
			return MarkdownSummary.yesNo(answer);
		}
		if (field.equals("hostUnitCode")) {
			return MarkdownSummary.escape(units.findByCode(value.toString()).map(Unit::getFullName).orElse("（未登记的单位）"));
		}
		if (field.equals("qrCodeMaterialId")) {
			return "[查看二维码图片](" + MarkdownSummary.materialUrl(UUID.fromString(value.toString())) + ")";
		}
		return MarkdownSummary.escape(value.toString());
	}

	@Transactional(readOnly = true)
	public List<AccountChange> history(long accountId) {
		return history.findByAccountIdOrderByChangedAtAscIdAsc(accountId);
	}

	ChangeRequest request(Procedure procedure) {
		return variables.fromJson(filings.findById(procedure.getId()).orElseThrow().getPayload(), ChangeRequest.class);
	}

	Procedure procedure(String processInstanceId) {
		return processProcedures.get(processInstanceId);
	}

	private ChangeRequest validRequest(Map<String, Object> values) {
		ChangeRequest request;
		try {
			request = variables.fromVariables(values, ChangeRequest.class);
		}
		catch (IllegalArgumentException e) {
			throw Refusals.refused("INVALID_TYPE", "变更信息中这些字段的类型或取值不正确：" + e.getMessage());
		}
		Refusals.refuseAny(
				decisionBasis.check(new DecisionBasisRule.Facts(request.decisionBasis(), request.decisionReference())));
		Set<ConstraintViolation<ChangeRequest>> violations = validator.validate(request);
		if (!violations.isEmpty()) {
			throw Refusals.refused("INVALID_VALUE", violations.stream()
				.map(v -> v.getPropertyPath() + "：" + v.getMessage())
				.sorted()
				.collect(Collectors.joining("；")));
		}
		return request;
	}

	private static <T> T or(T value, T fallback) {
		return value != null ? value : fallback;
	}


	private static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("accountName", "账号名称");
		labels.put("hostUnitCode", "主办单位");
		labels.put("hostLeader", "主办单位分管领导及职务");
		labels.put("hostContact", "主办单位联系电话及方式");
		labels.put("undertakingUnitName", "承办单位");
		labels.put("undertakingEntrusted", "委托专门机构承办");
		labels.put("undertakingLeader", "承办单位分管领导及职务");
		labels.put("undertakingContact", "承办单位联系电话及方式");
		labels.put("certified", "是否通过认证");
		labels.put("certificationSubject", "认证主体");
		labels.put("newsServiceLicensed", "互联网新闻信息服务资质");
		labels.put("introduction", "基本情况简介");
		labels.put("accessUrl", "访问链接");
		labels.put("qrCodeMaterialId", "新媒体二维码");
		labels.put("columns", "栏目设置");
		labels.put("administrators", "管理员");
		return labels;
	}

}

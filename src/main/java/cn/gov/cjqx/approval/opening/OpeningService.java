package cn.gov.cjqx.approval.opening;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.account.NewMediaAccount;
import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.filing.rules.OpeningRuleChecker;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.identity.UnitMembership;
import cn.gov.cjqx.approval.material.MaterialService;
import cn.gov.cjqx.approval.procedure.Actors;
import cn.gov.cjqx.approval.procedure.ApprovalRecordRepository;
import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureOpener;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.procedure.ProcessProcedures;
import cn.gov.cjqx.approval.procedure.Refusals;
import cn.gov.cjqx.approval.rules.RuleViolation;
import cn.gov.cjqx.approval.system.RecordVariables;
import cn.gov.cjqx.approval.unit.Unit;
import cn.gov.cjqx.approval.unit.UnitRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * What the opening process does to our tables. The process decides when; this service checks whether and writes the
 * procedure, the OPENING account and the filing. Runs in the engine's transaction.
 */
@Service
@Transactional
public class OpeningService {

	private final UnitRepository units;

	private final NewMediaAccountRepository accounts;

	private final ProcedureRepository procedures;

	private final ProcessProcedures processProcedures;

	private final OpeningFilingRecordRepository filings;

	private final OpeningRuleChecker checker;

	private final RecordVariables variables;

	private final ProcedureOpener opener;

	private final UnitMembership membership;

	private final MaterialService materials;

	private final Validator validator;

	private final EntityManager entityManager;

	private final ApprovalRecordRepository approvals;

	OpeningService(UnitRepository units, NewMediaAccountRepository accounts, ProcedureRepository procedures,
			OpeningFilingRecordRepository filings, OpeningRuleChecker checker, RecordVariables variables,
			ProcedureOpener opener, UnitMembership membership, MaterialService materials, Validator validator,
			ProcessProcedures processProcedures, EntityManager entityManager, ApprovalRecordRepository approvals) {
		this.units = units;
		this.accounts = accounts;
		this.procedures = procedures;
		this.filings = filings;
		this.checker = checker;
		this.variables = variables;
		this.opener = opener;
		this.membership = membership;
		this.materials = materials;
		this.validator = validator;
		this.processProcedures = processProcedures;
		this.entityManager = entityManager;
		this.approvals = approvals;
	}

	/**
	 * Task_RecordFiling: stores the filing of the process variables, on start (procedure, OPENING account, filing) and
	 * after each correction. Invalid input fails the command, so a bad start or resubmission changes nothing.
	 */
	public void record(DelegateExecution execution) {
		OpeningFiling filing = validFiling(submittedFiling(execution));
		Unit unit = units.lockByCode(filing.unitCode())
			.orElseThrow(() -> Refusals.refused("INVALID_VALUE", "主办单位不存在：" + filing.unitCode()));
		processProcedures.find(execution.getProcessInstanceId())
			.ifPresentOrElse(procedure -> correct(execution, procedure.getId(), filing, unit),
					() -> open(execution, filing, unit));
	}

	private void open(DelegateExecution execution, OpeningFiling filing, Unit unit) {
		String initiator = Actors.caller();
		if (!membership.holds(initiator, Groups.APPLICANTS, unit.getCode())) {
			throw Refusals.refused("FORBIDDEN_UNIT", "只有本单位的经办人可以为“" + unit.getFullName() + "”提交开设备案");
		}
		NewMediaAccount account = new NewMediaAccount(filing.accountName(), filing.platform(), unit,
				filing.supervisingUnitName());
		apply(filing, account);
		accounts.save(account);
		Procedure procedure = opener.open(execution, ProcedureKind.NEW_MEDIA_OPENING, filing.accountName(), initiator,
				unit, account.getId(), null);
		filings.save(new OpeningFilingRecord(procedure.getId(), variables.toJson(filing)));
	}

	private void correct(DelegateExecution execution, long procedureId, OpeningFiling filing, Unit unit) {
		Procedure procedure = procedure(procedureId);
		if (!procedure.getUnit().getId().equals(unit.getId())) {
			throw Refusals.refused("INVALID_VALUE", "补正时不能更换主办单位；如需更换，请撤回后重新提交");
		}
		NewMediaAccount account = accounts.findById(procedure.getAccountId()).orElseThrow();
		account.correctOpeningFiling(filing.accountName(), filing.platform(), filing.supervisingUnitName());
		apply(filing, account);
		procedure.renameSubject(filing.accountName());
		filings.findById(procedureId).orElseThrow().replacePayload(variables.toJson(filing));
		ProcedureVariables.SUBJECT.on(execution).set(filing.accountName());
	}

	private static void apply(OpeningFiling filing, NewMediaAccount account) {
		account.setPlatformAccountId(filing.platformAccountId());
		account.setRegisteredOn(filing.registeredOn());
		account.setCertification(OpeningFiling.isTrue(filing.certified()), filing.certificationSubject());
		account.setNewsServiceLicensed(OpeningFiling.isTrue(filing.newsServiceLicensed()));
		account.setHostLeaderAndContact(filing.hostLeader(), filing.hostContact());
		account.setUndertaking(filing.undertakingUnitName(), OpeningFiling.isTrue(filing.undertakingEntrusted()),
				filing.undertakingLeader(), filing.undertakingContact());
		account.setQrCodeMaterialId(filing.qrCodeMaterialId());
		account.setIntroduction(filing.introduction());
		account.setAccessUrl(filing.accessUrl());
		account.setColumns(filing.columns());
		account.setAdministrators(filing.administrators());
	}

	/** Task_CheckRules: every opening rule on the stored filing, under the unit's lock; records the violations. */
	public List<RuleViolation> check(long procedureId) {
		Procedure procedure = procedure(procedureId);
		Unit unit = procedure.getUnit();
		// Task_RecordFiling locked the unit in this transaction already; Hibernate sends no second SELECT … FOR UPDATE
		entityManager.lock(unit, LockModeType.PESSIMISTIC_WRITE);
		List<RuleViolation> violations = checker.check(filing(procedureId), unit, procedure.getAccountId());
		procedure.recordViolations(violations.stream().map(RuleViolation::toViolation).toList());
		return violations;
	}

	/** ART16_COLLECTIVE_DECISION: the unit's meeting and the minutes (material 二) signed by the main leader. */
	public void recordCollectiveDecision(long procedureId, LocalDate meetingDate, UUID minutesMaterialId) {
		Procedure procedure = procedure(procedureId);
		if (materials.idsOfUnit(List.of(minutesMaterialId), procedure.getUnit().getId()).isEmpty()) {
			throw Refusals.refused("ART16_COLLECTIVE_DECISION", "会议纪要材料不存在或不属于本单位，请先上传会议纪要");
		}
		filings.findById(procedureId).orElseThrow().recordCollectiveDecision(meetingDate, minutesMaterialId);
	}

	/** ART16_FILING: the bureau office records both filing numbers (checked for form by the task listener). */
	public void recordFilingNumbers(long procedureId, String nationalFilingNo, String yuxiFilingNo, String recordedBy) {
		if (!membership.holdsRole(recordedBy, Groups.BUREAU_OFFICE)) {
			throw Refusals.refused("ART16_FILING", "全国及玉溪备案编号只能由局办公室登记");
		}
		filings.findById(procedureId).orElseThrow().recordFilingNumbers(nationalFilingNo, yuxiFilingNo, recordedBy);
	}

	/**
	 * ART16_CITY_APPROVAL, ART16_FILING: the account becomes ACTIVE with the filing numbers the bureau office recorded,
	 * and only after the city government office approved, whatever path reached this step; the procedure ends
	 * APPROVED.
	 */
	public void activate(long procedureId) {
		Procedure procedure = procedure(procedureId);
		if (!approvals.approvedAt(procedure.getProcessInstanceId(), OpeningProcess.TASK_CITY_APPROVAL,
				Groups.CITY_GOV_OFFICE)) {
			throw Refusals.guardFailed("ART16_CITY_APPROVAL", "市政府办公室尚未审批同意，账号不能开通");
		}
		OpeningFilingRecord record = filings.findById(procedureId).orElseThrow();
		if (record.getFilingNumbersRecordedBy() == null) {
			throw Refusals.guardFailed("ART16_FILING", "局办公室尚未登记全国及玉溪备案编号，账号不能开通");
		}
		accounts.findById(procedure.getAccountId())
			.orElseThrow()
			.markActive(record.getNationalFilingNo(), record.getYuxiFilingNo());
		procedure.end(Outcome.APPROVED);
	}

	/** Rejected (by an approver or a HARD rule) or withdrawn: the procedure ends and leaves no account behind. */
	public void end(long procedureId, Outcome outcome) {
		Procedure procedure = procedure(procedureId);
		procedure.end(outcome);
		Long accountId = procedure.getAccountId();
		procedure.concerns(null, null);
		procedures.flush();
		accounts.deleteById(accountId);
	}

	/** The filing as stored (JSON of {@link OpeningFiling}). */
	@Transactional(readOnly = true)
	public String filingJson(long procedureId) {
		return filings.findById(procedureId).orElseThrow().getPayload();
	}

	/** The unit's last recorded collective decision, if it took one: what its form shows when it decides again. */
	@Transactional(readOnly = true)
	public Optional<CollectiveDecision> lastCollectiveDecision(long procedureId) {
		OpeningFilingRecord record = filings.findById(procedureId).orElseThrow();
		return record.getMeetingDate() == null ? Optional.empty()
				: Optional.of(new CollectiveDecision(record.getMeetingDate(), record.getMinutesMaterialId()));
	}

	/** A recorded collective decision: the meeting and its minutes (material 二). */
	public record CollectiveDecision(LocalDate meetingDate, UUID minutesMaterialId) {
	}

	@Transactional(readOnly = true)
	public OpeningFiling filing(long procedureId) {
		return variables.fromJson(filings.findById(procedureId).orElseThrow().getPayload(), OpeningFiling.class);
	}

	@Transactional(readOnly = true)
	public Procedure procedure(long procedureId) {
		return procedures.findById(procedureId).orElseThrow();
	}

	/**
	 * The procedure of a process instance. Delegates and listeners find it this way rather than through a process
	 * variable, which whoever completes a task could overwrite.
	 */
	@Transactional(readOnly = true)
	public long procedureIdOf(String processInstanceId) {
		return processProcedures.get(processInstanceId).getId();
	}

	/** The transient JSON of a start through our API, otherwise one variable per field. */
	@SuppressWarnings("unchecked")
	private OpeningFiling submittedFiling(DelegateExecution execution) {
		TypedValue submitted = execution.getVariableTyped(OpeningProcess.SUBMITTED_FILING.name());
		boolean fromOurApi = submitted != null && submitted.isTransient() && submitted.getValue() instanceof String;
		Map<String, Object> values = fromOurApi ? variables.fromJson((String) submitted.getValue(), Map.class)
				: execution.getVariables();
		try {
			return variables.fromVariables(values, OpeningFiling.class);
		}
		catch (IllegalArgumentException e) {
			throw Refusals.refused("INVALID_TYPE", "备案信息中这些字段的类型或取值不正确：" + e.getMessage());
		}
	}

	private OpeningFiling validFiling(OpeningFiling filing) {
		Set<ConstraintViolation<OpeningFiling>> violations = validator.validate(filing);
		if (!violations.isEmpty()) {
			throw Refusals.refused("INVALID_VALUE", violations.stream()
				.map(v -> v.getPropertyPath() + "：" + v.getMessage())
				.sorted()
				.collect(Collectors.joining("；")));
		}
		return filing;
	}


}

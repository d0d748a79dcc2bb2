package cn.gov.cjqx.approval.opening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.filing.MaterialFields;
import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.filing.OpeningMaterial;
import cn.gov.cjqx.approval.filing.rules.OpeningRuleChecker;
import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.material.MaterialService;
import cn.gov.cjqx.approval.procedure.Corrected;
import cn.gov.cjqx.approval.procedure.CorrectionChoice;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.procedure.StartTemplate;
import cn.gov.cjqx.approval.procedure.StartTemplate.Checked;
import cn.gov.cjqx.approval.procedure.TaskCompleter;
import cn.gov.cjqx.approval.rules.RuleCheck;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;
import cn.gov.cjqx.approval.system.ApiException;
import cn.gov.cjqx.approval.system.IdempotentStarts;
import cn.gov.cjqx.approval.system.RecordVariables;
import cn.gov.cjqx.approval.system.Violation;
import cn.gov.cjqx.approval.unit.Unit;
import cn.gov.cjqx.approval.unit.UnitRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "政务新媒体开设备案")
class OpeningController {

	private final StartTemplate template;

	private final UnitRepository units;

	private final MaterialService materials;

	private final OpeningRuleChecker checker;

	private final RecordVariables variables;

	private final ProcedureRepository procedures;

	private final TaskCompleter completer;

	OpeningController(StartTemplate template, UnitRepository units, MaterialService materials,
			OpeningRuleChecker checker, RecordVariables variables, ProcedureRepository procedures,
			TaskCompleter completer) {
		this.completer = completer;
		this.template = template;
		this.units = units;
		this.materials = materials;
		this.checker = checker;
		this.variables = variables;
		this.procedures = procedures;
	}

	@PostMapping("/api/new-media/openings")
	@Operation(summary = "提交政务新媒体开设备案：201 已受理（含需补正的问题）、400 填写有误、409 违反禁止性规定")
	ResponseEntity<StartedView> open(@Valid @RequestBody OpeningFiling filing,
			@RequestHeader(name = IdempotentStarts.HEADER, required = false) String idempotencyKey) {
		AppUser user = CurrentUser.get();
		if (!user.inAnyGroup(Groups.APPLICANTS)) {
			throw ApiException.forbidden("FORBIDDEN_GROUP", "只有经办人可以提交开设备案");
		}
		if (!user.unitCodes().contains(filing.unitCode())) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能为本单位提交开设备案");
		}
		requireOwnMaterials(filing);
		StartTemplate.Started started = template.start(user, idempotencyKey,
				new StartTemplate.Start(ProcedureKind.NEW_MEDIA_OPENING, OpeningProcess.KEY, null, filing,
						() -> check(filing),
						() -> Variables.createVariables()
							.putValueTyped(OpeningProcess.SUBMITTED_FILING.name(),
									Variables.stringValue(variables.toJson(filing), true))));
		List<Violation> violations = started.replayed()
				? procedures.findByBusinessKey(started.businessKey()).orElseThrow().getViolations() : started.flags();
		return started.created(new StartedView(started.businessKey(), started.processInstanceId(), started.status(),
				violations, started.replayed()));
	}

	/**
	 * The rule check of a filing before it is submitted (the portal's 提交 asks first): what the rules find, each with
	 * its code and article and whether it forbids the filing (HARD) or sends it to correction. Nothing is stored.
	 */
	@PostMapping("/api/new-media/openings/check")
	@Operation(summary = "提交前检查开设备案：返回规则检查发现的问题（不提交、不保存）")
	RuleCheck checkFirst(@Valid @RequestBody OpeningFiling filing) {
		AppUser user = CurrentUser.get();
		if (!user.inAnyGroup(Groups.APPLICANTS) || !user.unitCodes().contains(filing.unitCode())) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能检查本单位的开设备案");
		}
		requireOwnMaterials(filing);
		Unit unit = units.findByCode(filing.unitCode()).orElseThrow();
		return RuleCheck.of(checker.check(filing, unit, null));
	}

	/**
	 * A returned filing, corrected (the portal's correction page): completes 补正备案材料 with the corrected filing, as
	 * the Tasklist form would, and answers what the new rule check found (empty when it went on to the unit's leaders).
	 */
	@PostMapping("/api/new-media/openings/{businessKey}/correction")
	@Operation(summary = "补正后重新提交开设备案（事项在“补正备案材料”环节时）：200 已重新提交（含仍需补正的问题）")
	Corrected correct(@PathVariable String businessKey, @Valid @RequestBody OpeningFiling filing) {
		AppUser user = CurrentUser.get();
		Procedure procedure = procedures.findByBusinessKey(businessKey)
			.filter(p -> p.getKind() == ProcedureKind.NEW_MEDIA_OPENING && user.unitCodes().contains(p.getUnit().getCode()))
			.orElseThrow(() -> ApiException.notFound("未找到业务编号为 " + businessKey + " 的开设备案"));
		if (!user.groups().contains(Groups.ofUnit(Groups.APPLICANTS, procedure.getUnit().getCode()))) {
			throw ApiException.forbidden("FORBIDDEN_GROUP", "只有本单位经办人可以补正");
		}
		if (!procedure.getUnit().getCode().equals(filing.unitCode())) {
			throw ApiException.badRequest("INVALID_VALUE", "unitCode", "补正时不能更换主办单位；如需更换，请撤回后重新提交");
		}
		requireOwnMaterials(filing);
		Task task = completer.openTask(procedure.getProcessInstanceId(), OpeningProcess.TASK_CORRECT_FILING)
			.orElseThrow(() -> ApiException.conflict("NOT_IN_CORRECTION", "该事项目前不在补正环节"));
		completer.complete(user, task,
				OpeningProcess.CORRECTION_ACTION.putIn(variables.toVariables(filing), CorrectionChoice.RESUBMIT.value()));
		return Corrected.of(procedures.findByBusinessKey(businessKey).orElseThrow());
	}

	/**
	 * Inside the start transaction, the unit locked until the procedure is written or refused: HARD rules refuse, the
	 * others flag the filing for correction. The process routes on the same result (OpeningRuleChecker.checkBeforeStart)
	 * and records the flags with the procedure, where a replay of this start reads them.
	 */
	private Checked check(OpeningFiling filing) {
		Unit unit = units.lockByCode(filing.unitCode())
			.orElseThrow(() -> ApiException.badRequest("INVALID_VALUE", "unitCode", "主办单位不存在：" + filing.unitCode()));
		List<RuleViolation> violations = checker.checkBeforeStart(filing, unit);
		return new Checked(violations.stream().filter(v -> v.kind() == RuleKind.HARD).map(RuleViolation::toViolation)
			.toList(), violations.stream().map(RuleViolation::toViolation).toList());
	}

	/** Every material named must exist and belong to the filing's unit: 400 names the field otherwise. */
	private void requireOwnMaterials(OpeningFiling filing) {
		Unit unit = units.findByCode(filing.unitCode())
			.orElseThrow(() -> ApiException.badRequest("INVALID_VALUE", "unitCode", "主办单位不存在：" + filing.unitCode()));
		Map<OpeningMaterial, UUID> given = filing.materials();
		List<UUID> ids = new ArrayList<>(given.values());
		if (filing.qrCodeMaterialId() != null) {
			ids.add(filing.qrCodeMaterialId());
		}
		Set<UUID> own = materials.idsOfUnit(ids, unit.getId());
		List<Violation> violations = new ArrayList<>();
		given.forEach((kind, id) -> {
			if (!own.contains(id)) {
				violations.add(new Violation("INVALID_VALUE", MaterialFields.of(kind),
						"材料" + kind.title() + "不存在或不属于本单位：" + id));
			}
		});
		if (filing.qrCodeMaterialId() != null && !own.contains(filing.qrCodeMaterialId())) {
			violations.add(new Violation("INVALID_VALUE", "qrCodeMaterialId", "二维码图片材料不存在或不属于本单位"));
		}
		if (!violations.isEmpty()) {
			throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "所填材料编号有误", violations);
		}
	}

	/** The answer to a start: where to follow the procedure, and what must be corrected if anything. */
	record StartedView(String businessKey, String processInstanceId, String status, List<Violation> violations,
			boolean replayed) {
	}

}

package cn.gov.cjqx.approval.opening;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.material.MaterialService;
import cn.gov.cjqx.approval.opening.rules.OpeningRuleChecker;
import cn.gov.cjqx.approval.procedure.BusinessKeys;
import cn.gov.cjqx.approval.procedure.ProcessStarter;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
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

	private final IdempotentStarts starts;

	private final UnitRepository units;

	private final MaterialService materials;

	private final OpeningRuleChecker checker;

	private final RecordVariables variables;

	private final BusinessKeys businessKeys;

	private final ProcessStarter starter;

	private final ProcedureRepository procedures;

	OpeningController(IdempotentStarts starts, UnitRepository units, MaterialService materials,
			OpeningRuleChecker checker, RecordVariables variables, BusinessKeys businessKeys, ProcessStarter starter,
			ProcedureRepository procedures) {
		this.starts = starts;
		this.units = units;
		this.materials = materials;
		this.checker = checker;
		this.variables = variables;
		this.businessKeys = businessKeys;
		this.starter = starter;
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
		String newKey = businessKeys.next(ProcedureKind.NEW_MEDIA_OPENING);
		AtomicReference<List<Violation>> found = new AtomicReference<>();
		IdempotentStarts.Outcome outcome = starts.start(user.id(), idempotencyKey, OpeningProcess.KEY, filing,
				() -> start(user, filing, newKey, found));
		String businessKey = outcome.started().businessKey();
		List<Violation> violations = outcome.replayed()
				? procedures.findByBusinessKey(businessKey).orElseThrow().getViolations() : found.get();
		return ResponseEntity.created(URI.create("/api/procedures/" + businessKey))
			.body(new StartedView(businessKey, outcome.started().processInstanceId(), outcome.started().status(),
					violations, outcome.replayed()));
	}

	/** Inside the start transaction: the unit stays locked until the procedure is written or refused. */
	private IdempotentStarts.Started start(AppUser user, OpeningFiling filing, String businessKey,
			AtomicReference<List<Violation>> found) {
		Unit unit = units.lockByCode(filing.unitCode())
			.orElseThrow(() -> ApiException.badRequest("INVALID_VALUE", "unitCode", "主办单位不存在：" + filing.unitCode()));
		List<RuleViolation> violations = checker.checkBeforeStart(filing, unit);
		List<Violation> hard = violations.stream()
			.filter(v -> v.kind() == RuleKind.HARD)
			.map(RuleViolation::toViolation)
			.toList();
		if (!hard.isEmpty()) {
			throw ApiException.conflict(hard);
		}
		String processInstanceId = starter.start(user, OpeningProcess.KEY, businessKey, Variables.createVariables()
			.putValueTyped(OpeningProcess.SUBMITTED_FILING, Variables.stringValue(variables.toJson(filing), true)));
		// the process routes on the same result (OpeningRuleChecker.checkBeforeStart): what is left goes to correction
		// (and records them with the procedure, where a replay of this start reads them)
		found.set(violations.stream().map(RuleViolation::toViolation).toList());
		String status = violations.isEmpty() ? "SUBMITTED" : "CORRECTION_REQUIRED";
		return new IdempotentStarts.Started(businessKey, processInstanceId, status);
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

package cn.gov.cjqx.approval.portal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.account.PlatformCatalog;
import cn.gov.cjqx.approval.closure.ClosureKind;
import cn.gov.cjqx.approval.closure.ClosureReason;
import cn.gov.cjqx.approval.filing.MaterialFields;
import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.filing.OpeningMaterial;
import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.material.MaterialService;
import cn.gov.cjqx.approval.opening.OpeningService;
import cn.gov.cjqx.approval.outage.OutageCause;
import cn.gov.cjqx.approval.procedure.Corrections;
import cn.gov.cjqx.approval.procedure.DecisionBasis;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.system.RecordVariables;
import cn.gov.cjqx.approval.unit.UnitRepository;
import cn.gov.cjqx.approval.website.WebsiteRepository;

/**
 * The pages of the applicants' portal. Every page is for the people of a unit; what a page shows comes from the
 * signed-in user's units only, and every write goes through /api from the page's script.
 */
@Controller
class PortalController {

	/** The file types a material may have (material.MaterialType), for the file inputs' accept and the check shown before upload. */
	static final List<String> MATERIAL_EXTENSIONS = List.of("pdf", "ofd", "doc", "docx", "jpg", "jpeg", "png");

	private final MyProcedures mine;

	private final UnitRepository units;

	private final NewMediaAccountRepository accounts;

	private final WebsiteRepository websites;

	private final PlatformCatalog platforms;

	private final DataSize materialMaxSize;

	private final TaskService taskService;

	private final OpeningService openings;

	private final MaterialService materials;

	private final RecordVariables json;

	private final Corrections corrections;

	private final PortalHeader header;

	PortalController(MyProcedures mine, UnitRepository units, NewMediaAccountRepository accounts,
			WebsiteRepository websites, PlatformCatalog platforms,
			@Value("${app.materials.max-size}") DataSize materialMaxSize,
			TaskService taskService, OpeningService openings, MaterialService materials, RecordVariables json,
			Corrections corrections, PortalHeader header) {
		this.corrections = corrections;
		this.header = header;
		this.taskService = taskService;
		this.openings = openings;
		this.materials = materials;
		this.json = json;
		this.mine = mine;
		this.units = units;
		this.accounts = accounts;
		this.websites = websites;
		this.platforms = platforms;
		this.materialMaxSize = materialMaxSize;
	}

	@GetMapping("/portal/login")
	String login() {
		return "portal/login";
	}

	@GetMapping("/portal")
	String procedures(Model model) {
		AppUser user = unitMember();
		model.addAttribute("rows", mine.of(user));
		return page(model, user, "portal/procedures");
	}

	@GetMapping("/portal/procedures/{businessKey}")
	String procedure(@PathVariable String businessKey, Model model) {
		// a unit's people, or someone the procedure was copied to (抄送)
		AppUser user = CurrentUser.get();
		model.addAttribute("detail", mine.detail(user, businessKey)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该事项，或它不属于本单位")));
		return page(model, user, "portal/procedure");
	}

	@GetMapping(path = "/portal/procedures/{businessKey}/diagram", produces = "application/json")
	@ResponseBody
	MyProcedures.Diagram diagram(@PathVariable String businessKey) {
		return mine.diagram(CurrentUser.get(), businessKey)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该事项，或它不属于本单位"));
	}

	@GetMapping("/portal/new/opening")
	String opening(Model model) {
		AppUser user = applicant();
		model.addAttribute("platforms", platforms.platforms());
		model.addAttribute("materials", Arrays.stream(OpeningMaterial.values())
			.filter(m -> m != OpeningMaterial.MEETING_MINUTES)
			.map(m -> new MaterialInput(MaterialFields.of(m), m.title(), required(m)))
			.toList());
		return filingPage(model, user, "portal/opening");
	}

	/**
	 * A returned procedure, in its filing page filled with the request as it stands, the reasons above it: the opening
	 * with its lists and materials, the others with the fields their correction form lets the applicant change.
	 */
	@GetMapping("/portal/procedures/{businessKey}/correction")
	String correction(@PathVariable String businessKey, Model model) {
		AppUser user = applicant();
		Procedure procedure = mine.procedureOfUnit(user, businessKey)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该事项，或它不属于本单位"));
		Task task = corrections.openTask(procedure)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "该事项目前不需要补正"));
		Map<String, Object> prefill = new LinkedHashMap<>();
		prefill.put("violations", procedure.getViolations());
		Object reasons = taskService.getVariable(task.getId(), ProcedureVariables.CORRECTION_REASONS.name());
		String endpoint = "/api/procedures/" + businessKey + "/correction";
		if (procedure.getKind() == ProcedureKind.NEW_MEDIA_OPENING) {
			OpeningFiling filing = openings.filing(procedure.getId());
			prefill.put("filing", filing);
			prefill.put("materialNames", materials.fileNamesOfUnit(filing.materials().values(), procedure.getUnit().getId()));
			endpoint = "/api/new-media/openings/" + businessKey + "/correction";
		}
		else {
			prefill.put("filing", corrections.current(procedure));
			prefill.put("materialNames", Map.of());
		}
		model.addAttribute("correction", new CorrectionPage(businessKey, procedure.getSubject(),
				reasons == null ? "审批人员退回修改，请按审批记录中的意见修改后重新提交。" : reasons.toString(), json.toJson(prefill),
				endpoint));
		return switch (procedure.getKind()) {
			case NEW_MEDIA_OPENING -> opening(model);
			case NEW_MEDIA_CHANGE -> change(model);
			case NEW_MEDIA_CLOSURE -> closure(model);
			case WEBSITE_TAKEDOWN -> takedown(model);
			case WEBSITE_OUTAGE_REPORT -> throw new ResponseStatusException(HttpStatus.CONFLICT, "该事项目前不需要补正");
			// the portal has no page for an item yet: its correction is a Tasklist task (or the correction API)
			case CONTENT_REVIEW -> throw new ResponseStatusException(HttpStatus.CONFLICT,
					"内容发布审核的修改请在 Tasklist 的“修改待发布内容”中办理");
		};
	}

	/** What a correction page needs beyond the opening's form. */
	record CorrectionPage(String businessKey, String subject, String reasons, String prefill, String endpoint) {
	}

	@GetMapping("/portal/new/closure")
	String closure(Model model) {
		AppUser user = applicant();
		model.addAttribute("accounts", activeAccounts(user));
		model.addAttribute("kinds", ClosureKind.values());
		model.addAttribute("reasons", ClosureReason.values());
		return filingPage(model, user, "portal/closure");
	}

	@GetMapping("/portal/new/change")
	String change(Model model) {
		AppUser user = applicant();
		model.addAttribute("accounts", activeAccounts(user));
		model.addAttribute("bases", DecisionBasis.values());
		return filingPage(model, user, "portal/change");
	}

	@GetMapping("/portal/new/takedown")
	String takedown(Model model) {
		AppUser user = applicant();
		model.addAttribute("websites", websitesOf(user));
		return filingPage(model, user, "portal/takedown");
	}

	@GetMapping("/portal/new/outage")
	String outage(Model model) {
		AppUser user = applicant();
		model.addAttribute("websites", websitesOf(user));
		model.addAttribute("causes", OutageCause.values());
		return filingPage(model, user, "portal/outage");
	}

	private List<Choice> websitesOf(AppUser user) {
		return websites.findByHostUnitCodeInOrderByIdAsc(user.unitCodes())
			.stream()
			.map(site -> new Choice(site.getId(), site.getName() + "（" + site.getDomain() + "）"))
			.toList();
	}

	private List<Choice> activeAccounts(AppUser user) {
		return accounts.findByHostUnitCodeInOrderByIdAsc(user.unitCodes())
			.stream()
			.filter(account -> account.getStatus() == AccountStatus.ACTIVE)
			.map(account -> new Choice(account.getId(), account.getName() + "（" + platforms.label(account.getPlatform()) + "）"))
			.toList();
	}

	/** An account or a website of the unit, by the name a clerk knows it by. */
	record Choice(long id, String label) {
	}

	/** A material the filing carries: its field in the filing, its title in Article 17, whether always required. */
	record MaterialInput(String field, String title, boolean required) {
	}

	/** (八) only when an outside body undertakes the account, (九) only for news or audiovisual services. */
	private static boolean required(OpeningMaterial material) {
		return material != OpeningMaterial.ENTRUSTMENT && material != OpeningMaterial.NEWS_QUALIFICATION;
	}

	private String filingPage(Model model, AppUser user, String view) {
		model.addAttribute("units", user.unitCodes()
			.stream()
			.filter(code -> user.groups().contains(Groups.ofUnit(Groups.APPLICANTS, code)))
			.map(units::findByCode)
			.flatMap(java.util.Optional::stream)
			.toList());
		model.addAttribute("maxSize", materialMaxSize.toBytes());
		model.addAttribute("maxSizeText", materialMaxSize.toMegabytes() + " MB");
		model.addAttribute("extensions", MATERIAL_EXTENSIONS);
		// one key per page: pressing 提交 twice, or again after a lost answer, starts one procedure (IdempotentStarts)
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		return page(model, user, view);
	}

	private String page(Model model, AppUser user, String view) {
		return header.page(model, user, view);
	}

	/** The portal is for the people of a unit; the offices work in Tasklist. */
	private static AppUser unitMember() {
		AppUser user = CurrentUser.get();
		if (user.unitCodes().isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "办事入口供各单位经办人和单位领导使用；审批人员请使用 Tasklist");
		}
		return user;
	}

	private static AppUser applicant() {
		AppUser user = unitMember();
		if (!user.inAnyGroup(Groups.APPLICANTS)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有经办人可以提交申请");
		}
		return user;
	}

}

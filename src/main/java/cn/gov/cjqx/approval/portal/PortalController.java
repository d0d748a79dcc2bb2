package cn.gov.cjqx.approval.portal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

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
import cn.gov.cjqx.approval.filing.OpeningMaterial;
import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.identity.Groups;
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

	PortalController(MyProcedures mine, UnitRepository units, NewMediaAccountRepository accounts,
			WebsiteRepository websites, PlatformCatalog platforms,
			@Value("${app.materials.max-size}") DataSize materialMaxSize) {
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
		AppUser user = unitMember();
		model.addAttribute("detail", mine.detail(user, businessKey)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该事项，或它不属于本单位")));
		return page(model, user, "portal/procedure");
	}

	@GetMapping(path = "/portal/procedures/{businessKey}/diagram", produces = "application/json")
	@ResponseBody
	MyProcedures.Diagram diagram(@PathVariable String businessKey) {
		return mine.diagram(unitMember(), businessKey)
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

	@GetMapping("/portal/new/closure")
	String closure(Model model) {
		AppUser user = applicant();
		model.addAttribute("accounts", accounts.findByHostUnitCodeInOrderByIdAsc(user.unitCodes())
			.stream()
			.filter(account -> account.getStatus() == AccountStatus.ACTIVE)
			.map(account -> new Choice(account.getId(), account.getName() + "（" + platforms.label(account.getPlatform()) + "）"))
			.toList());
		model.addAttribute("kinds", ClosureKind.values());
		model.addAttribute("reasons", ClosureReason.values());
		return filingPage(model, user, "portal/closure");
	}

	@GetMapping("/portal/new/takedown")
	String takedown(Model model) {
		AppUser user = applicant();
		model.addAttribute("websites", websites.findByHostUnitCodeInOrderByIdAsc(user.unitCodes())
			.stream()
			.map(site -> new Choice(site.getId(), site.getName() + "（" + site.getDomain() + "）"))
			.toList());
		return filingPage(model, user, "portal/takedown");
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
		model.addAttribute("userName", mine.nameOf(user.id()));
		model.addAttribute("applicant", user.inAnyGroup(Groups.APPLICANTS));
		return view;
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

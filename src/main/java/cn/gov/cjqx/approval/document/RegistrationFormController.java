package cn.gov.cjqx.approval.document;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.account.NewMediaAccount;
import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.account.PlatformCatalog;
import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.opening.OpeningService;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.system.ApiException;
import cn.gov.cjqx.approval.unit.Unit;
import cn.gov.cjqx.approval.unit.UnitRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "备案登记表")
class RegistrationFormController {

	private final NewMediaAccountRepository accounts;

	private final ProcedureRepository procedures;

	private final OpeningService openings;

	private final PlatformCatalog platforms;

	private final RegistrationFormDocument document;

	private final UnitRepository units;

	RegistrationFormController(NewMediaAccountRepository accounts, ProcedureRepository procedures,
			OpeningService openings, PlatformCatalog platforms, RegistrationFormDocument document,
			UnitRepository units) {
		this.units = units;
		this.accounts = accounts;
		this.procedures = procedures;
		this.openings = openings;
		this.platforms = platforms;
		this.document = document;
	}

	@GetMapping("/api/new-media/accounts/{id}/registration-form.docx")
	@Operation(summary = "账号的备案登记表（Word）")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> ofAccount(@PathVariable long id) {
		NewMediaAccount a = accounts.getWithHostUnit(id);
		requireVisible(a.getHostUnit().getCode());
		RegistrationForm form = new RegistrationForm(a.getHostUnit().getFullName(), today(),
				join(a.getPlatformAccountId(), a.getName()), a.getRegisteredOn(), a.getPlatform(),
				platforms.label(a.getPlatform()), a.isCertified(), a.getSupervisingUnitName(), a.isNewsServiceLicensed(),
				a.getHostUnit().getFullName(), a.getHostLeader(), a.getHostContact(), a.getUndertakingUnitName(),
				a.getUndertakingLeader(), a.getUndertakingContact(), qr(a.getQrCodeMaterialId()), a.getIntroduction(),
				a.getAccessUrl(), a.getColumns(), a.getAdministrators());
		return docx(form, a.getName());
	}

	@GetMapping("/api/procedures/{businessKey}/registration-form.docx")
	@Operation(summary = "开设备案（办理中）的备案登记表（Word）")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> ofOpening(@PathVariable String businessKey) {
		Procedure procedure = procedures.findByBusinessKey(businessKey)
			.filter(p -> p.getKind() == ProcedureKind.NEW_MEDIA_OPENING)
			.orElseThrow(() -> ApiException.notFound("未找到业务编号为 " + businessKey + " 的开设备案"));
		requireVisible(procedure.getUnit().getCode());
		OpeningFiling filing = openings.filing(procedure.getId());
		return docx(formOf(filing, procedure.getUnit().getFullName()), filing.accountName());
	}

	/**
	 * The 备案登记表 of a filing not yet submitted (the portal's 预览备案登记表): the same document, from the form as filled
	 * in; nothing is stored.
	 */
	@PostMapping("/api/new-media/openings/registration-form.docx")
	@Operation(summary = "预览开设备案的备案登记表（Word），按填写中的内容生成，不提交、不保存")
	ResponseEntity<byte[]> preview(@Valid @RequestBody OpeningFiling filing) {
		AppUser user = CurrentUser.get();
		if (!user.groups().contains(Groups.ofUnit(Groups.APPLICANTS, filing.unitCode()))) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能预览本单位的备案登记表");
		}
		Unit unit = units.findByCode(filing.unitCode())
			.orElseThrow(() -> ApiException.badRequest("INVALID_VALUE", "unitCode", "主办单位不存在：" + filing.unitCode()));
		return docx(formOf(filing, unit.getFullName()), filing.accountName());
	}

	private RegistrationForm formOf(OpeningFiling f, String unitName) {
		return new RegistrationForm(unitName, today(), join(f.platformAccountId(), f.accountName()), f.registeredOn(),
				f.platform(), platforms.label(f.platform()), Boolean.TRUE.equals(f.certified()), f.supervisingUnitName(),
				Boolean.TRUE.equals(f.newsServiceLicensed()), unitName, f.hostLeader(), f.hostContact(),
				f.undertakingUnitName(), f.undertakingLeader(), f.undertakingContact(), qr(f.qrCodeMaterialId()),
				f.introduction(), f.accessUrl(), f.columns(), f.administrators());
	}

	private static void requireVisible(String unitCode) {
		AppUser user = CurrentUser.get();
		if (!user.canSeeUnit(unitCode)) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能查看本单位的备案登记表");
		}
	}

	private ResponseEntity<byte[]> docx(RegistrationForm form, String accountName) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename("备案登记表-" + accountName + ".docx", StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(RegistrationFormDocument.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(document.write(form));
	}

	private static String join(String platformAccountId, String name) {
		return platformAccountId == null ? name : platformAccountId + " " + name;
	}

	private static String qr(java.util.UUID materialId) {
		return materialId == null ? "（无）" : "见材料 /api/materials/" + materialId;
	}

	private static java.time.LocalDate today() {
		return java.time.LocalDate.now(WorkingDayCalendar.ZONE);
	}

}

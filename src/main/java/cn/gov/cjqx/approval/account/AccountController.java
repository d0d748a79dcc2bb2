package cn.gov.cjqx.approval.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/new-media/accounts")
@Tag(name = "政务新媒体台账")
class AccountController {

	private final NewMediaAccountRepository accounts;

	private final AccountPublications publications;

	AccountController(NewMediaAccountRepository accounts, AccountPublications publications) {
		this.accounts = accounts;
		this.publications = publications;
	}

	@GetMapping
	@Operation(summary = "政务新媒体账号列表（经办人和单位领导只看到本单位的账号）")
	@Transactional(readOnly = true)
	List<AccountView> list() {
		AppUser user = CurrentUser.get();
		List<NewMediaAccount> visible = user.isApprover() || user.isAdmin() ? accounts.findAllByOrderByIdAsc()
				: accounts.findByHostUnitCodeInOrderByIdAsc(user.unitCodes());
		Map<Long, Instant> last = publications
			.lastPublishedOnAccounts(visible.stream().map(NewMediaAccount::getId).toList());
		return visible.stream().map(account -> AccountView.of(account, last.get(account.getId()))).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "一个政务新媒体账号的备案登记信息")
	@Transactional(readOnly = true)
	AccountView get(@PathVariable long id) {
		NewMediaAccount account = accounts.findById(id)
			.orElseThrow(() -> ApiException.notFound("未找到编号为 " + id + " 的政务新媒体账号"));
		if (!CurrentUser.get().canSeeUnit(account.getHostUnit().getCode())) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能查看本单位的政务新媒体账号");
		}
		return AccountView.of(account, publications.lastPublishedOnAccounts(List.of(id)).get(id));
	}

	record AccountView(Long id, String platformAccountId, String name, LocalDate registeredOn, String platform,
			boolean certified, String certificationSubject, String supervisingUnitName, boolean newsServiceLicensed,
			String hostUnitCode, String hostUnitName, String hostLeader, String hostContact, String undertakingUnitName,
			boolean undertakingEntrusted, String undertakingLeader, String undertakingContact, UUID qrCodeMaterialId,
			String introduction, String accessUrl, List<AccountColumn> columns,
			List<AccountAdministrator> administrators, String nationalFilingNo, String yuxiFilingNo,
			AccountStatus status, String statusLabel, Instant createdAt, Instant updatedAt, Instant lastPublishedAt) {

		static AccountView of(NewMediaAccount a, Instant lastPublishedAt) {
			return new AccountView(a.getId(), a.getPlatformAccountId(), a.getName(), a.getRegisteredOn(),
					a.getPlatform(), a.isCertified(), a.getCertificationSubject(), a.getSupervisingUnitName(),
					a.isNewsServiceLicensed(), a.getHostUnit().getCode(), a.getHostUnit().getFullName(),
					a.getHostLeader(), a.getHostContact(), a.getUndertakingUnitName(), a.isUndertakingEntrusted(),
					a.getUndertakingLeader(), a.getUndertakingContact(), a.getQrCodeMaterialId(), a.getIntroduction(),
					a.getAccessUrl(), a.getColumns(), a.getAdministrators(), a.getNationalFilingNo(),
					a.getYuxiFilingNo(), a.getStatus(), a.getStatus().label(), a.getCreatedAt(), a.getUpdatedAt(),
					lastPublishedAt);
		}
	}

}

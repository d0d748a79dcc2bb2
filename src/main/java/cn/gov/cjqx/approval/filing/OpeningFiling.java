package cn.gov.cjqx.approval.filing;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.cjqx.approval.account.AccountAdministrator;
import cn.gov.cjqx.approval.account.AccountColumn;
import cn.gov.cjqx.approval.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An opening filing (开设备案): the registration form of the attachment, the applicant's declarations and the
 * materials of Article 17. The same flat shape is the REST body, the process variables and the Tasklist form fields.
 */
public record OpeningFiling(
		// 主办单位 and the account (备案登记表)
		@NotBlank(message = "请选择主办单位") @Size(max = 40) String unitCode,
		@NotBlank(message = "账号名称不能为空") @Size(max = 60, message = "账号名称不能超过 60 个字") @PlainText String accountName,
		@NotBlank(message = "请选择发布平台") @Size(max = 40) String platform,
		@Size(max = 100) @PlainText String platformAccountId,
		@PastOrPresent(message = "注册日期不能晚于今天") LocalDate registeredOn,
		@NotNull(message = "请说明是否通过认证") Boolean certified,
		@Size(max = 100) @PlainText String certificationSubject,
		@NotBlank(message = "主管单位不能为空") @Size(max = 100) @PlainText String supervisingUnitName,
		@NotNull(message = "请说明是否取得互联网新闻信息服务资质") Boolean newsServiceLicensed,
		@NotBlank(message = "主办单位分管领导及职务不能为空") @Size(max = 100) @PlainText String hostLeader,
		@NotBlank(message = "主办单位联系电话及方式不能为空") @Size(max = 200) @PlainText String hostContact,
		@Size(max = 100) @PlainText String undertakingUnitName,
		@NotNull(message = "请说明是否委托其他专门机构承办") Boolean undertakingEntrusted,
		@Size(max = 100) @PlainText String undertakingLeader,
		@Size(max = 200) @PlainText String undertakingContact,
		@Size(max = 2000) @PlainText String introduction,
		@Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "访问链接应以 http:// 或 https:// 开头") String accessUrl,
		UUID qrCodeMaterialId,
		@NotNull(message = "请填写栏目设置") @Size(max = 60) List<@Valid @NotNull AccountColumn> columns,
		@NotEmpty(message = "至少填写一名管理员") @Size(max = 20) List<@Valid @NotNull AccountAdministrator> administrators,
		// declarations
		@NotNull(message = "请说明是否为重大活动或专项工作开设") Boolean eventOrSpecialProject,
		@Size(max = 500) @PlainText String verticalManagementBasis,
		@NotNull(message = "请说明是否从事互联网新闻信息服务或传播网络视听节目") Boolean providesNewsOrAudiovisual,
		@NotNull(message = "请说明是否使用地图") Boolean mapsUsed, Boolean standardMap,
		@Size(max = 40) @PlainText String mapApprovalNo,
		Boolean appSecurityAssessed, Boolean appIpv6, Boolean appMultiTerminal,
		@Size(max = 100) @PlainText String appIntegratedPlatform,
		// materials of Article 17 (ids from POST /api/materials); (二) comes with the unit's decision
		UUID materialRegistrationForm, UUID materialStaffAndEquipment, UUID materialReviewMechanism,
		UUID materialSecurityOperations, UUID materialMapUsage, UUID materialNameAndLayout, UUID materialEntrustment,
		UUID materialNewsQualification) {

	public OpeningFiling {
		columns = columns == null ? null : List.copyOf(columns);
		administrators = administrators == null ? null : List.copyOf(administrators);
	}

	/** The materials given, by kind. */
	public Map<OpeningMaterial, UUID> materials() {
		Map<OpeningMaterial, UUID> materials = new EnumMap<>(OpeningMaterial.class);
		put(materials, OpeningMaterial.REGISTRATION_FORM, materialRegistrationForm);
		put(materials, OpeningMaterial.STAFF_AND_EQUIPMENT, materialStaffAndEquipment);
		put(materials, OpeningMaterial.REVIEW_MECHANISM, materialReviewMechanism);
		put(materials, OpeningMaterial.SECURITY_OPERATIONS, materialSecurityOperations);
		put(materials, OpeningMaterial.MAP_USAGE, materialMapUsage);
		put(materials, OpeningMaterial.NAME_AND_LAYOUT, materialNameAndLayout);
		put(materials, OpeningMaterial.ENTRUSTMENT, materialEntrustment);
		put(materials, OpeningMaterial.NEWS_QUALIFICATION, materialNewsQualification);
		return materials;
	}

	private static void put(Map<OpeningMaterial, UUID> materials, OpeningMaterial kind, UUID id) {
		if (id != null) {
			materials.put(kind, id);
		}
	}

	public static boolean isTrue(Boolean value) {
		return Boolean.TRUE.equals(value);
	}

}

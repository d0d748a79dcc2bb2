package cn.gov.cjqx.approval.filing.rules;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.gov.cjqx.approval.account.AccountAdministrator;
import cn.gov.cjqx.approval.account.AccountColumn;
import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.filing.OpeningMaterial;
import cn.gov.cjqx.approval.account.PlatformCatalog.Platform;
import cn.gov.cjqx.approval.unit.UnitKind;

/**
 * Builds {@link OpeningFacts} for the opening rules. {@link #valid()} breaks no rule: 澄江市气象台 opens its first account
 * "澄江气象台" as a WeChat subscription account. Each {@code with…} method changes one thing, so a test states only the
 * fact it is about, e.g. {@code OpeningFactsFixture.valid().withOtherAccountsOfUnit(1).build()}.
 */
final class OpeningFactsFixture {

	static final Platform WECHAT_SUBSCRIPTION = new Platform("WECHAT_SUBSCRIPTION", "微信订阅号", 30, false);

	static final Platform MOBILE_APP = new Platform("MOBILE_APP", "移动客户端（APP）", 30, true);

	static final String UNIT_CODE = "cjqxt";

	static final String UNIT_FULL_NAME = "澄江市气象台";

	static final String UNIT_SHORT_NAME = "澄江气象台";

	static final String ADMINISTRATOR_NAME = "张华";

	/** The materials of Article 17 that every filing carries: (一) and (三) to (七). */
	static final Set<OpeningMaterial> ALWAYS_REQUIRED = EnumSet.of(OpeningMaterial.REGISTRATION_FORM,
			OpeningMaterial.STAFF_AND_EQUIPMENT, OpeningMaterial.REVIEW_MECHANISM, OpeningMaterial.SECURITY_OPERATIONS,
			OpeningMaterial.MAP_USAGE, OpeningMaterial.NAME_AND_LAYOUT);

	// the host unit
	private String unitCode = UNIT_CODE;

	private String unitFullName = UNIT_FULL_NAME;

	private String unitShortName = UNIT_SHORT_NAME;

	private UnitKind unitKind = UnitKind.PUBLIC_INSTITUTION;

	private boolean classified = false;

	private boolean publicFunctions = true;

	private boolean verticallyManaged = false;

	private long otherAccountsOfUnit = 0;

	// the platform: its code in the filing, and its configuration if approved (null when not on the list)
	private String platformCode = WECHAT_SUBSCRIPTION.code();

	private Platform platform = WECHAT_SUBSCRIPTION;

	// the filing
	private String accountName = UNIT_SHORT_NAME;

	private Boolean certified = true;

	private String certificationSubject = UNIT_FULL_NAME;

	private List<AccountColumn> columns = List.of(column("信息发布"), column("互动交流"));

	private List<AccountAdministrator> administrators = List.of(administrator(ADMINISTRATOR_NAME, "13800001111"));

	private Boolean undertakingEntrusted = false;

	private Boolean eventOrSpecialProject = false;

	private String verticalManagementBasis = null;

	private Boolean providesNewsOrAudiovisual = false;

	private Boolean mapsUsed = false;

	private Boolean standardMap = false;

	private String mapApprovalNo = null;

	private Boolean appSecurityAssessed = null;

	private Boolean appIpv6 = null;

	private Boolean appMultiTerminal = null;

	private String appIntegratedPlatform = null;

	// materials: those whose id is in the filing, and those of them whose file is missing from the store
	private final Set<OpeningMaterial> materials = EnumSet.copyOf(ALWAYS_REQUIRED);

	private final Set<OpeningMaterial> missingFiles = EnumSet.noneOf(OpeningMaterial.class);

	private OpeningFactsFixture() {
	}

	/** A valid filing of 澄江市气象台 for a WeChat subscription account. */
	static OpeningFactsFixture valid() {
		return new OpeningFactsFixture();
	}

	/** A valid filing for a self-built app: tested, IPv6, all terminals, on the integrated platform. */
	static OpeningFactsFixture selfBuiltApp() {
		return valid().withPlatform(MOBILE_APP)
			.withAppSecurityAssessed(true)
			.withAppIpv6(true)
			.withAppMultiTerminal(true)
			.withAppIntegratedPlatform("澄江市政务服务集约化平台");
	}

	static AccountColumn column(String level1) {
		return new AccountColumn(level1, null, null, null);
	}

	static AccountAdministrator administrator(String name, String mobile) {
		return new AccountAdministrator(name, "澄江市气象台 办公室", null, mobile, null, null);
	}

	// the host unit

	OpeningFactsFixture withUnitFullName(String unitFullName) {
		this.unitFullName = unitFullName;
		return this;
	}

	OpeningFactsFixture withUnitShortName(String unitShortName) {
		this.unitShortName = unitShortName;
		return this;
	}

	OpeningFactsFixture withUnitKind(UnitKind unitKind) {
		this.unitKind = unitKind;
		return this;
	}

	OpeningFactsFixture withClassified(boolean classified) {
		this.classified = classified;
		return this;
	}

	OpeningFactsFixture withPublicFunctions(boolean publicFunctions) {
		this.publicFunctions = publicFunctions;
		return this;
	}

	OpeningFactsFixture withVerticallyManaged(boolean verticallyManaged) {
		this.verticallyManaged = verticallyManaged;
		return this;
	}

	OpeningFactsFixture withOtherAccountsOfUnit(long otherAccountsOfUnit) {
		this.otherAccountsOfUnit = otherAccountsOfUnit;
		return this;
	}

	// the platform

	/** An approved platform, as configured under {@code app.platforms}. */
	OpeningFactsFixture withPlatform(Platform platform) {
		this.platformCode = platform.code();
		this.platform = platform;
		return this;
	}

	/** A platform code that is not on the approved list. */
	OpeningFactsFixture withUnapprovedPlatform(String platformCode) {
		this.platformCode = platformCode;
		this.platform = null;
		return this;
	}

	// the filing

	OpeningFactsFixture withAccountName(String accountName) {
		this.accountName = accountName;
		return this;
	}

	OpeningFactsFixture withCertified(Boolean certified) {
		this.certified = certified;
		return this;
	}

	OpeningFactsFixture withCertificationSubject(String certificationSubject) {
		this.certificationSubject = certificationSubject;
		return this;
	}

	/** The first-level menus, e.g. {@code withColumns("信息发布", "办事服务")}. */
	OpeningFactsFixture withColumns(String... level1s) {
		List<AccountColumn> list = new ArrayList<>();
		for (String level1 : level1s) {
			list.add(column(level1));
		}
		return withColumns(list);
	}

	OpeningFactsFixture withColumns(List<AccountColumn> columns) {
		this.columns = columns;
		return this;
	}

	OpeningFactsFixture withAdministrators(List<AccountAdministrator> administrators) {
		this.administrators = administrators;
		return this;
	}

	OpeningFactsFixture withUndertakingEntrusted(Boolean undertakingEntrusted) {
		this.undertakingEntrusted = undertakingEntrusted;
		return this;
	}

	OpeningFactsFixture withEventOrSpecialProject(Boolean eventOrSpecialProject) {
		this.eventOrSpecialProject = eventOrSpecialProject;
		return this;
	}

	OpeningFactsFixture withVerticalManagementBasis(String verticalManagementBasis) {
		this.verticalManagementBasis = verticalManagementBasis;
		return this;
	}

	OpeningFactsFixture withProvidesNewsOrAudiovisual(Boolean providesNewsOrAudiovisual) {
		this.providesNewsOrAudiovisual = providesNewsOrAudiovisual;
		return this;
	}

	OpeningFactsFixture withMapsUsed(Boolean mapsUsed) {
		this.mapsUsed = mapsUsed;
		return this;
	}

	OpeningFactsFixture withStandardMap(Boolean standardMap) {
		this.standardMap = standardMap;
		return this;
	}

	OpeningFactsFixture withMapApprovalNo(String mapApprovalNo) {
		this.mapApprovalNo = mapApprovalNo;
		return this;
	}

	OpeningFactsFixture withAppSecurityAssessed(Boolean appSecurityAssessed) {
		this.appSecurityAssessed = appSecurityAssessed;
		return this;
	}

	OpeningFactsFixture withAppIpv6(Boolean appIpv6) {
		this.appIpv6 = appIpv6;
		return this;
	}

	OpeningFactsFixture withAppMultiTerminal(Boolean appMultiTerminal) {
		this.appMultiTerminal = appMultiTerminal;
		return this;
	}

	OpeningFactsFixture withAppIntegratedPlatform(String appIntegratedPlatform) {
		this.appIntegratedPlatform = appIntegratedPlatform;
		return this;
	}

	// materials

	/** The material is given and its file is there. */
	OpeningFactsFixture withMaterial(OpeningMaterial material) {
		this.materials.add(material);
		this.missingFiles.remove(material);
		return this;
	}

	/** The material is not given at all. */
	OpeningFactsFixture withoutMaterial(OpeningMaterial material) {
		this.materials.remove(material);
		this.missingFiles.remove(material);
		return this;
	}

	/** The filing names the material's id, but no such file is stored. */
	OpeningFactsFixture withMaterialFileMissing(OpeningMaterial material) {
		this.materials.add(material);
		this.missingFiles.add(material);
		return this;
	}

	OpeningFiling filing() {
		return new OpeningFiling(unitCode, accountName, platformCode, "gh_cjqxt", LocalDate.of(2024, 3, 1), certified,
				certificationSubject, "澄江市气象局", false, "李明 副台长", "0877-6911001", null, undertakingEntrusted,
				null, null, "发布澄江天气预报、预警信息和气象科普。", "https://mp.weixin.qq.com/cjqxt", null, columns,
				administrators, eventOrSpecialProject, verticalManagementBasis, providesNewsOrAudiovisual, mapsUsed,
				standardMap, mapApprovalNo, appSecurityAssessed, appIpv6, appMultiTerminal, appIntegratedPlatform,
				idOf(OpeningMaterial.REGISTRATION_FORM), idOf(OpeningMaterial.STAFF_AND_EQUIPMENT),
				idOf(OpeningMaterial.REVIEW_MECHANISM), idOf(OpeningMaterial.SECURITY_OPERATIONS),
				idOf(OpeningMaterial.MAP_USAGE), idOf(OpeningMaterial.NAME_AND_LAYOUT), idOf(OpeningMaterial.ENTRUSTMENT),
				idOf(OpeningMaterial.NEWS_QUALIFICATION));
	}

	OpeningFacts build() {
		Set<OpeningMaterial> present = EnumSet.noneOf(OpeningMaterial.class);
		present.addAll(materials);
		present.removeAll(missingFiles);
		return new OpeningFacts(filing(),
				new OpeningFacts.HostUnit(unitCode, unitFullName, unitShortName, unitKind, classified, publicFunctions,
						verticallyManaged),
				otherAccountsOfUnit, Optional.ofNullable(platform), present);
	}

	private UUID idOf(OpeningMaterial material) {
		return materials.contains(material)
				? UUID.nameUUIDFromBytes(material.name().getBytes(StandardCharsets.UTF_8)) : null;
	}

}

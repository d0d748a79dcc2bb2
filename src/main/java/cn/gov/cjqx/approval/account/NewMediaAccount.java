package cn.gov.cjqx.approval.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.gov.cjqx.approval.unit.Unit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/** A government new-media account, with every field of the attachment's 备案登记表. */
@Entity
public class NewMediaAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** 账号ID (the platform's own id), known once the account exists on the platform. */
	private String platformAccountId;

	/** 账号名称 */
	private String name;

	/** 创建/注册日期 */
	private LocalDate registeredOn;

	/** 发布平台（系统）: a code from the configured list of approved platforms. */
	private String platform;

	/** 是否通过认证 */
	private boolean certified;

	/** 认证主体: must equal the host unit's full name (Art. 15). */
	private String certificationSubject;

	/** 主管单位 */
	private String supervisingUnitName;

	/** 是否取得互联网新闻信息服务资质 */
	private boolean newsServiceLicensed;

	/** 主办单位 */
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "host_unit_id")
	private Unit hostUnit;

	/** 主办单位分管领导及职务 */
	private String hostLeader;

	/** 主办单位联系电话及方式 */
	private String hostContact;

	/** 承办单位 */
	private String undertakingUnitName;

	/** The undertaking unit is an outside body entrusted by contract (Art. 6, material 八). */
	private boolean undertakingEntrusted;

	/** 承办单位分管领导及职务 */
	private String undertakingLeader;

	/** 承办单位联系电话及方式 */
	private String undertakingContact;

	/** 新媒体二维码: an uploaded image. */
	private UUID qrCodeMaterialId;

	/** 基本情况简介 */
	private String introduction;

	/** 访问链接 */
	private String accessUrl;

	@ElementCollection
	@CollectionTable(name = "account_column", joinColumns = @JoinColumn(name = "account_id"))
	@OrderColumn(name = "sort_order")
	private List<AccountColumn> columns = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "account_administrator", joinColumns = @JoinColumn(name = "account_id"))
	@OrderColumn(name = "sort_order")
	private List<AccountAdministrator> administrators = new ArrayList<>();

	/** 全国政务新媒体信息报送系统 filing number (Art. 16). */
	private String nationalFilingNo;

	/** 玉溪市政务新媒体备案发布管理系统 filing number (Art. 16). */
	private String yuxiFilingNo;

	@Enumerated(EnumType.STRING)
	private AccountStatus status;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected NewMediaAccount() {
	}

	public NewMediaAccount(String name, String platform, Unit hostUnit, String supervisingUnitName) {
		this.name = name;
		this.platform = platform;
		this.hostUnit = hostUnit;
		this.supervisingUnitName = supervisingUnitName;
		this.status = AccountStatus.OPENING;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	/** Corrects what the opening filing says while the account is being opened. */
	public void correctOpeningFiling(String name, String platform, String supervisingUnitName) {
		if (status != AccountStatus.OPENING) {
			throw new IllegalStateException("Account " + id + " is " + status + ", its opening filing is closed");
		}
		this.name = name;
		this.platform = platform;
		this.supervisingUnitName = supervisingUnitName;
		touch();
	}

	/** A change's new name (Art. 18), once announced and applied. */
	public void rename(String name) {
		requireStatus(AccountStatus.ACTIVE, "be renamed");
		this.name = name;
		touch();
	}

	/** A change's new host unit (Art. 18), once announced and applied. */
	public void transferTo(Unit hostUnit) {
		requireStatus(AccountStatus.ACTIVE, "change its host unit");
		this.hostUnit = hostUnit;
		touch();
	}

	/** Records the filing numbers and makes the account ACTIVE (Art. 16: only once both are filed). */
	public void markActive(String nationalFilingNo, String yuxiFilingNo) {
		if (status != AccountStatus.OPENING) {
			throw new IllegalStateException("Account " + id + " cannot become ACTIVE from " + status);
		}
		if (nationalFilingNo == null || nationalFilingNo.isBlank() || yuxiFilingNo == null || yuxiFilingNo.isBlank()) {
			throw new IllegalStateException("Account " + id + " needs both filing numbers to become ACTIVE");
		}
		this.nationalFilingNo = nationalFilingNo;
		this.yuxiFilingNo = yuxiFilingNo;
		this.status = AccountStatus.ACTIVE;
		touch();
	}

	/** The closure is announced (Art. 18): the account is CLOSING until the notice ends. */
	public void markClosing() {
		requireStatus(AccountStatus.ACTIVE, "start closing");
		this.status = AccountStatus.CLOSING;
		touch();
	}

	/** A withdrawn closure: the account is ACTIVE again. */
	public void keepActive() {
		requireStatus(AccountStatus.CLOSING, "become ACTIVE again");
		this.status = AccountStatus.ACTIVE;
		touch();
	}

	/** Closed on the platform with its certification deregistered: SHUT_DOWN (关停) or DEREGISTERED (注销). */
	public void markClosed(boolean deregistered) {
		requireStatus(AccountStatus.CLOSING, "be closed");
		this.status = deregistered ? AccountStatus.DEREGISTERED : AccountStatus.SHUT_DOWN;
		touch();
	}

	private void requireStatus(AccountStatus expected, String what) {
		if (status != expected) {
			throw new IllegalStateException("Account " + id + " is " + status + " and cannot " + what);
		}
	}

	private void touch() {
		this.updatedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public String getPlatformAccountId() {
		return platformAccountId;
	}

	public void setPlatformAccountId(String platformAccountId) {
		this.platformAccountId = platformAccountId;
	}

	public String getName() {
		return name;
	}

	public LocalDate getRegisteredOn() {
		return registeredOn;
	}

	public void setRegisteredOn(LocalDate registeredOn) {
		this.registeredOn = registeredOn;
	}

	public String getPlatform() {
		return platform;
	}

	public boolean isCertified() {
		return certified;
	}

	public String getCertificationSubject() {
		return certificationSubject;
	}

	public void setCertification(boolean certified, String certificationSubject) {
		this.certified = certified;
		this.certificationSubject = certificationSubject;
	}

	public String getSupervisingUnitName() {
		return supervisingUnitName;
	}

	public boolean isNewsServiceLicensed() {
		return newsServiceLicensed;
	}

	public void setNewsServiceLicensed(boolean newsServiceLicensed) {
		this.newsServiceLicensed = newsServiceLicensed;
	}

	public Unit getHostUnit() {
		return hostUnit;
	}

	public String getHostLeader() {
		return hostLeader;
	}

	public String getHostContact() {
		return hostContact;
	}

	public void setHostLeaderAndContact(String hostLeader, String hostContact) {
		this.hostLeader = hostLeader;
		this.hostContact = hostContact;
	}

	public String getUndertakingUnitName() {
		return undertakingUnitName;
	}

	public boolean isUndertakingEntrusted() {
		return undertakingEntrusted;
	}

	public String getUndertakingLeader() {
		return undertakingLeader;
	}

	public String getUndertakingContact() {
		return undertakingContact;
	}

	public void setUndertaking(String unitName, boolean entrusted, String leader, String contact) {
		this.undertakingUnitName = unitName;
		this.undertakingEntrusted = entrusted;
		this.undertakingLeader = leader;
		this.undertakingContact = contact;
	}

	public UUID getQrCodeMaterialId() {
		return qrCodeMaterialId;
	}

	public void setQrCodeMaterialId(UUID qrCodeMaterialId) {
		this.qrCodeMaterialId = qrCodeMaterialId;
	}

	public String getIntroduction() {
		return introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public String getAccessUrl() {
		return accessUrl;
	}

	public void setAccessUrl(String accessUrl) {
		this.accessUrl = accessUrl;
	}

	public List<AccountColumn> getColumns() {
		return List.copyOf(columns);
	}

	public void setColumns(List<AccountColumn> columns) {
		this.columns = new ArrayList<>(columns);
	}

	public List<AccountAdministrator> getAdministrators() {
		return List.copyOf(administrators);
	}

	public void setAdministrators(List<AccountAdministrator> administrators) {
		this.administrators = new ArrayList<>(administrators);
	}

	public String getNationalFilingNo() {
		return nationalFilingNo;
	}

	public String getYuxiFilingNo() {
		return yuxiFilingNo;
	}

	public AccountStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}

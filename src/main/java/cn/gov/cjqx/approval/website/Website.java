package cn.gov.cjqx.approval.website;

import cn.gov.cjqx.approval.unit.Unit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A government website with its identification and filing numbers. */
@Entity
public class Website {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String domain;

	/** 网站标识码 */
	private String siteCode;

	/** ICP 备案号 */
	private String icpFilingNo;

	/** 公安机关备案号 */
	private String psbFilingNo;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "host_unit_id")
	private Unit hostUnit;

	@Enumerated(EnumType.STRING)
	private WebsiteStatus status;

	@Version
	private long version;

	protected Website() {
	}

	public Website(String name, String domain, String siteCode, String icpFilingNo, String psbFilingNo, Unit hostUnit) {
		WebsiteFormats.requireValid(domain, siteCode, icpFilingNo, psbFilingNo);
		this.name = name;
		this.domain = domain;
		this.siteCode = siteCode;
		this.icpFilingNo = icpFilingNo;
		this.psbFilingNo = psbFilingNo;
		this.hostUnit = hostUnit;
		this.status = WebsiteStatus.ONLINE;
	}

	/** ART10_CITY_APPROVAL given and announced: the site goes offline at the planned start. */
	public void takeOfflineTemporarily() {
		requireStatus(WebsiteStatus.ONLINE, "go offline temporarily");
		this.status = WebsiteStatus.OFFLINE_TEMPORARY;
	}

	/** Force majeure or an ordered shutdown: offline at once, reported afterwards (Art. 10). */
	public void markOfflineEmergency() {
		requireStatus(WebsiteStatus.ONLINE, "go offline in an emergency");
		this.status = WebsiteStatus.OFFLINE_EMERGENCY;
	}

	public void restoreOnline() {
		if (status != WebsiteStatus.OFFLINE_TEMPORARY && status != WebsiteStatus.OFFLINE_EMERGENCY) {
			throw new IllegalStateException("Website " + id + " is " + status + " and cannot be restored");
		}
		this.status = WebsiteStatus.ONLINE;
	}

	private void requireStatus(WebsiteStatus expected, String what) {
		if (status != expected) {
			throw new IllegalStateException("Website " + id + " is " + status + " and cannot " + what);
		}
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getDomain() {
		return domain;
	}

	public String getSiteCode() {
		return siteCode;
	}

	public String getIcpFilingNo() {
		return icpFilingNo;
	}

	public String getPsbFilingNo() {
		return psbFilingNo;
	}

	public Unit getHostUnit() {
		return hostUnit;
	}

	public WebsiteStatus getStatus() {
		return status;
	}

}

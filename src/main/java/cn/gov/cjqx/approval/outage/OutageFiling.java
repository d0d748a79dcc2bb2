package cn.gov.cjqx.approval.outage;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An emergency outage of a website, reported to the city government office. */
@Entity
@Table(name = "website_outage")
class OutageFiling {

	@Id
	private Long procedureId;

	private Long websiteId;

	@Enumerated(EnumType.STRING)
	private OutageCause cause;

	private Instant offlineSince;

	private String description;

	private Instant restoredAt;

	@Version
	private long version;

	protected OutageFiling() {
	}

	OutageFiling(Long procedureId, Long websiteId, OutageCause cause, Instant offlineSince, String description) {
		this.procedureId = procedureId;
		this.websiteId = websiteId;
		this.cause = cause;
		this.offlineSince = offlineSince;
		this.description = description;
	}

	void restored(Instant at) {
		this.restoredAt = at;
	}

	Long getWebsiteId() {
		return websiteId;
	}

	OutageCause getCause() {
		return cause;
	}

	Instant getOfflineSince() {
		return offlineSince;
	}

	String getDescription() {
		return description;
	}

	Instant getRestoredAt() {
		return restoredAt;
	}

}

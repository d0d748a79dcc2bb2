package cn.gov.cjqx.approval.takedown;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A takedown: the request, when the site really went offline and came back, and whether it was escalated. */
@Entity
@Table(name = "website_takedown")
class TakedownFiling {

	@Id
	private Long procedureId;

	private Long websiteId;

	private String reason;

	private LocalDate plannedStart;

	private int plannedDays;

	/** ART10_ONCE_PER_YEAR counts by the calendar year in which the offline period starts. */
	private int startYear;

	private Instant offlineAt;

	private Instant restoredAt;

	private boolean escalated;

	private Long noticeId;

	@Version
	private long version;

	protected TakedownFiling() {
	}

	TakedownFiling(Long procedureId, Long websiteId, TakedownRequest request) {
		this.procedureId = procedureId;
		this.websiteId = websiteId;
		revise(request);
	}

	void revise(TakedownRequest request) {
		this.reason = request.reason();
		this.plannedStart = request.plannedStart();
		this.plannedDays = request.plannedDays();
		this.startYear = request.plannedStart().getYear();
	}

	TakedownRequest request() {
		return new TakedownRequest(reason, plannedStart, plannedDays);
	}

	void announced(Long noticeId) {
		this.noticeId = noticeId;
	}

	void wentOffline(Instant at) {
		this.offlineAt = at;
	}

	void escalate() {
		this.escalated = true;
	}

	void restored(Instant at) {
		this.restoredAt = at;
	}

	Long getWebsiteId() {
		return websiteId;
	}

	Long getNoticeId() {
		return noticeId;
	}

	LocalDate getPlannedStart() {
		return plannedStart;
	}

	int getPlannedDays() {
		return plannedDays;
	}

	Instant getOfflineAt() {
		return offlineAt;
	}

	Instant getRestoredAt() {
		return restoredAt;
	}

	boolean isEscalated() {
		return escalated;
	}

	String getReason() {
		return reason;
	}

}

package cn.gov.cjqx.approval.change;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The change as last submitted (the request as JSON) and what its steps recorded. */
@Entity
@Table(name = "change_filing")
class ChangeFiling {

	@Id
	private Long procedureId;

	private String payload;

	private boolean adminsOnly;

	private Long noticeId;

	private LocalDate appliedOn;

	private String filingUpdateNote;

	private Instant updatedAt;

	@Version
	private long version;

	protected ChangeFiling() {
	}

	ChangeFiling(Long procedureId, String payload, boolean adminsOnly) {
		this.procedureId = procedureId;
		revise(payload, adminsOnly);
	}

	boolean isAdminsOnly() {
		return adminsOnly;
	}

	void revise(String payload, boolean adminsOnly) {
		this.payload = payload;
		this.adminsOnly = adminsOnly;
		this.updatedAt = Instant.now();
	}

	void noticePublished(Long noticeId) {
		this.noticeId = noticeId;
	}

	void recordApplied(LocalDate on) {
		this.appliedOn = on;
	}

	void recordFilingUpdate(String note) {
		this.filingUpdateNote = note;
	}

	String getPayload() {
		return payload;
	}

	Long getNoticeId() {
		return noticeId;
	}

}

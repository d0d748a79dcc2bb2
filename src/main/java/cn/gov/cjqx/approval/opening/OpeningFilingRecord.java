package cn.gov.cjqx.approval.opening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.cjqx.approval.filing.OpeningFiling;

/** The filing as last submitted, kept beside its procedure so it survives the process and its history cleanup. */
@Entity
@Table(name = "opening_filing")
class OpeningFilingRecord {

	@Id
	private Long procedureId;

	/** The {@link OpeningFiling} as JSON. */
	private String payload;

	/** Date of the unit's collective decision (集体研究), Art. 16. */
	private LocalDate meetingDate;

	/** Material (二): the minutes, signed by the main leader. */
	private UUID minutesMaterialId;

	private Boolean mainLeaderConsent;

	/** ART16_FILING: the national and the Yuxi filing numbers, and the bureau office user who recorded them. */
	private String nationalFilingNo;

	private String yuxiFilingNo;

	private String filingNumbersRecordedBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected OpeningFilingRecord() {
	}

	OpeningFilingRecord(Long procedureId, String payload) {
		this.procedureId = procedureId;
		this.payload = payload;
		this.updatedAt = Instant.now();
	}

	void replacePayload(String payload) {
		this.payload = payload;
		this.updatedAt = Instant.now();
	}

	void recordCollectiveDecision(LocalDate meetingDate, UUID minutesMaterialId) {
		this.meetingDate = meetingDate;
		this.minutesMaterialId = minutesMaterialId;
		this.mainLeaderConsent = true;
		this.updatedAt = Instant.now();
	}

	void recordFilingNumbers(String nationalFilingNo, String yuxiFilingNo, String recordedBy) {
		this.nationalFilingNo = nationalFilingNo;
		this.yuxiFilingNo = yuxiFilingNo;
		this.filingNumbersRecordedBy = recordedBy;
		this.updatedAt = Instant.now();
	}

	String getNationalFilingNo() {
		return nationalFilingNo;
	}

	String getYuxiFilingNo() {
		return yuxiFilingNo;
	}

	String getFilingNumbersRecordedBy() {
		return filingNumbersRecordedBy;
	}

	String getPayload() {
		return payload;
	}

	LocalDate getMeetingDate() {
		return meetingDate;
	}

	UUID getMinutesMaterialId() {
		return minutesMaterialId;
	}

	Boolean getMainLeaderConsent() {
		return mainLeaderConsent;
	}

}

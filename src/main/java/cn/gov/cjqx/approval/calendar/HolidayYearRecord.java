package cn.gov.cjqx.approval.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year of holiday data uploaded by an administrator; it takes precedence over the file of the same year. */
@Entity
@Table(name = "holiday_year")
class HolidayYearRecord {

	@Id
	@Column(name = "holiday_year")
	private Integer year;

	private String payload;

	private String uploadedBy;

	private Instant uploadedAt;

	protected HolidayYearRecord() {
	}

	HolidayYearRecord(int year, String payload, String uploadedBy) {
		this.year = year;
		this.payload = payload;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	Integer getYear() {
		return year;
	}

	String getPayload() {
		return payload;
	}

}

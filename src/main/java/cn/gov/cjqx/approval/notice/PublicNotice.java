package cn.gov.cjqx.approval.notice;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.calendar.WorkingPeriod;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A public notice: published on a date, in force until the end of its last working day; the procedure may continue
 * from 00:00 (Asia/Shanghai) of the next calendar day. A provisional notice was counted without a year's official
 * holiday data; it is recomputed when the data arrives, and never shortened.
 */
@Entity
public class PublicNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String businessKey;

	private String subject;

	private String body;

	private LocalDate publishedOn;

	private int workingDays;

	private LocalDate endsOn;

	private boolean provisional;

	private boolean revoked;

	private Instant revokedAt;

	private Instant publishedAt;

	/** When the procedure's wait for this notice ended before its last day (a timer moved by an operator). */
	private Instant endedAt;

	@Version
	private long version;

	protected PublicNotice() {
	}

	public PublicNotice(String businessKey, String subject, String body, LocalDate publishedOn, int workingDays,
			WorkingPeriod period) {
		this.businessKey = businessKey;
		this.subject = subject;
		this.body = body;
		this.publishedOn = publishedOn;
		this.workingDays = workingDays;
		this.endsOn = period.lastDay();
		this.provisional = period.provisional();
		this.publishedAt = Instant.now();
	}

	/** Takes a recomputed period: a later end extends the notice, an earlier one is ignored (never shortened). */
	public boolean recompute(WorkingPeriod period) {
		boolean extended = period.lastDay().isAfter(endsOn);
		if (extended) {
			endsOn = period.lastDay();
		}
		provisional = period.provisional();
		return extended;
	}

	/**
	 * An announcement that is over before its planned end (a website restored early): from today on it is no longer in
	 * force, except when it was published today (a notice is in force at least on its publication day).
	 */
	public void endBy(LocalDate today) {
		LocalDate lastDay = today.minusDays(1).isBefore(publishedOn) ? publishedOn : today.minusDays(1);
		if (lastDay.isBefore(endsOn)) {
			endsOn = lastDay;
		}
	}

	/**
	 * The procedure stopped waiting for this notice (its timer fired): a notice still running ends now, so the public
	 * page never says 正在公告 while the procedure goes on. Returns whether it ended before its last day.
	 */
	public boolean endAtTimer(LocalDate today, Instant now) {
		if (revoked || endedAt != null || today.isAfter(endsOn)) {
			return false;
		}
		endedAt = now;
		endsOn = today.isBefore(publishedOn) ? publishedOn : today;
		return true;
	}

	/** The notice is over and was not revoked: what a procedure that waited for it may go on with. */
	public boolean hasEnded(LocalDate today) {
		return !revoked && (endedAt != null || today.isAfter(endsOn));
	}

	public void revoke() {
		if (revoked) {
			throw new IllegalStateException("Notice " + id + " is already revoked");
		}
		revoked = true;
		revokedAt = Instant.now();
	}

	/** 00:00 Asia/Shanghai of the day after the last working day: when the procedure may continue. */
	public Instant continuesAt() {
		return endsOn.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
	}

	public boolean inForce(LocalDate today) {
		return !revoked && endedAt == null && !today.isBefore(publishedOn) && !today.isAfter(endsOn);
	}

	public Instant getEndedAt() {
		return endedAt;
	}

	public Long getId() {
		return id;
	}

	public String getBusinessKey() {
		return businessKey;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public int getWorkingDays() {
		return workingDays;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public boolean isProvisional() {
		return provisional;
	}

	public boolean isRevoked() {
		return revoked;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

}

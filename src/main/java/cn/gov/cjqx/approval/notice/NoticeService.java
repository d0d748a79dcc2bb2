package cn.gov.cjqx.approval.notice;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.calendar.HolidayDataChanged;
import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.calendar.WorkingPeriod;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;

/** Publishes and revokes notices, and recomputes provisional ones (and their timers) when holiday data arrives. */
@Service
@Transactional
public class NoticeService {

	/** Articles 18: at least 15 working days. */
	public static final int ARTICLE_18_WORKING_DAYS = 15;

	private static final Logger log = LoggerFactory.getLogger(NoticeService.class);

	private final PublicNoticeRepository notices;

	private final WorkingDayCalendar calendar;

	private final ProcedureRepository procedures;

	private final ManagementService management;

	NoticeService(PublicNoticeRepository notices, WorkingDayCalendar calendar, ProcedureRepository procedures,
			ManagementService management) {
		this.notices = notices;
		this.calendar = calendar;
		this.procedures = procedures;
		this.management = management;
	}

	/** Publishes today (Asia/Shanghai, engine clock) for the given number of working days. */
	public PublicNotice publish(String businessKey, String subject, String body, int workingDays) {
		LocalDate today = today();
		WorkingPeriod period = calendar.periodEnd(today, workingDays);
		PublicNotice notice = notices.save(new PublicNotice(businessKey, subject, body, today, workingDays, period));
		if (period.provisional()) {
			log.warn("Notice {} ({}) is provisional: {} has no official holiday data yet; it ends on {} for now",
					notice.getId(), businessKey, period.lastDay().getYear(), period.lastDay());
		}
		return notice;
	}

	/** An announcement in force from today to a known last day (not counted in working days), e.g. a takedown. */
	public PublicNotice announce(String businessKey, String subject, String body, LocalDate lastDay) {
		LocalDate today = today();
		return notices.save(new PublicNotice(businessKey, subject, body, today, 0,
				new WorkingPeriod(lastDay.isBefore(today) ? today : lastDay, false)));
	}

	public void endToday(long noticeId) {
		notices.findById(noticeId).orElseThrow().endBy(today());
	}

	/**
	 * The procedure's notice timer fired ({@code camunda:executionListener} on the models' 公告期满 timer): a notice of
	 * this procedure still in force ends now. Normally it is over already; it is not when an operator moved the timer.
	 */
	public void endAtTimer(String businessKey) {
		for (PublicNotice notice : notices.findByBusinessKeyOrderByIdAsc(businessKey)) {
			if (notice.endAtTimer(today(), ClockUtil.getCurrentTime().toInstant())) {
				log.warn("Notice {} ({}) ended on {} before its last day: its procedure's timer fired early (moved by an "
						+ "operator?)", notice.getId(), businessKey, notice.getEndsOn());
			}
		}
	}

	public void revoke(long noticeId) {
		notices.findById(noticeId).orElseThrow().revoke();
	}

	public PublicNotice get(long noticeId) {
		return notices.findById(noticeId).orElseThrow();
	}

	/**
	 * After new holiday data: every provisional notice still running is counted again; a later end moves the notice and
	 * the timer of its procedure, an earlier one is ignored. Returns how many notices were extended.
	 */
	@EventListener
	void onHolidayDataChanged(HolidayDataChanged changed) {
		changed.extended(recomputeProvisional());
	}

	public int recomputeProvisional() {
		int extended = 0;
		for (PublicNotice notice : notices.findByProvisionalTrueAndRevokedFalseAndEndsOnGreaterThanEqual(today())) {
			if (notice.recompute(calendar.periodEnd(notice.getPublishedOn(), notice.getWorkingDays()))) {
				extended++;
				moveTimer(notice);
				log.info("Notice {} ({}) extended to {}", notice.getId(), notice.getBusinessKey(), notice.getEndsOn());
			}
		}
		return extended;
	}

	private void moveTimer(PublicNotice notice) {
		procedures.findByBusinessKey(notice.getBusinessKey())
			.filter(procedure -> procedure.getProcessInstanceId() != null)
			.ifPresent(procedure -> {
				List<Job> timers = management.createJobQuery()
					.processInstanceId(procedure.getProcessInstanceId())
					.timers()
					.list();
				for (Job timer : timers) {
					management.setJobDuedate(timer.getId(), Date.from(notice.continuesAt()));
				}
			});
	}

	static LocalDate today() {
		return ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
	}

}

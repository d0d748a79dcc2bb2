package cn.gov.cjqx.approval.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fasterxml.jackson.core.JsonProcessingException;

import cn.gov.cjqx.approval.system.Violation;

/**
 * Years of holiday data beyond the files: uploaded by an administrator into the database that every node shares. An
 * upload publishes {@link HolidayDataChanged} in its transaction, on which provisional notices and their timers are
 * recomputed — once, by the node that took the upload; the other nodes see the new year at their next calculation
 * ({@link WorkingDayCalendar}). At start-up (under the start-up lock, one node after another) the same recount catches
 * a year that arrived as a new file with a new version of the application.
 */
@Service
public class HolidayData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HolidayData.class);

	private final WorkingDayCalendar calendar;

	private final HolidayYearStore store;

	private final ApplicationEventPublisher events;

	HolidayData(WorkingDayCalendar calendar, HolidayYearStore store, ApplicationEventPublisher events) {
		this.calendar = calendar;
		this.store = store;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int extended = changed();
		if (extended > 0) {
			log.info("{} provisional notices extended after loading holiday data", extended);
		}
	}

	/** Stores and applies a year; returns how many running notices were extended. */
	@Transactional
	public int upload(HolidayYear year, String userId) throws JsonProcessingException {
		store.save(year, userId);
		// the calendar now holds data read inside this transaction: if it rolls back, they must be read again
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					calendar.forgetStored();
				}
			}
		});
		return changed();
	}

	private int changed() {
		HolidayDataChanged changed = new HolidayDataChanged();
		events.publishEvent(changed);
		return changed.extended();
	}

	/** What is wrong with a year's data, in Chinese; empty when it can be used. */
	static List<Violation> problems(HolidayYear year, int expectedYear) {
		List<Violation> problems = new ArrayList<>();
		if (expectedYear < WorkingDayCalendar.FIRST_YEAR || expectedYear > WorkingDayCalendar.LAST_YEAR) {
			problems.add(new Violation("INVALID_VALUE", "year", "年份须在 " + WorkingDayCalendar.FIRST_YEAR + " 至 "
					+ WorkingDayCalendar.LAST_YEAR + " 年之间"));
		}
		if (year.year() != expectedYear) {
			problems.add(new Violation("INVALID_VALUE", "year", "数据中的年份 " + year.year() + " 与地址中的 " + expectedYear + " 不一致"));
		}
		if (year.notice() == null || year.notice().isBlank()) {
			problems.add(new Violation("MISSING_FIELD", "notice", "请填写国务院办公厅通知的文号"));
		}
		if (year.offDays() == null || year.offDays().isEmpty()) {
			problems.add(new Violation("MISSING_FIELD", "offDays", "请填写放假日期"));
		}
		if (year.workDays() == null) {
			problems.add(new Violation("MISSING_FIELD", "workDays", "请填写调休上班日期（没有调休时填写空列表 []）"));
		}
		Set<java.time.LocalDate> offDays = new HashSet<>();
		for (HolidayYear.Day day : year.offDays() == null ? List.<HolidayYear.Day>of() : year.offDays()) {
			if (day == null || day.date() == null) {
				problems.add(new Violation("MISSING_FIELD", "offDays", "每个放假日期都须填写日期 date"));
			}
			else if (day.date().getYear() != expectedYear) {
				problems.add(new Violation("INVALID_VALUE", "offDays", "放假日期 " + day.date() + " 不在 " + expectedYear + " 年"));
			}
			else {
				offDays.add(day.date());
			}
		}
		for (HolidayYear.Day day : year.workDays() == null ? List.<HolidayYear.Day>of() : year.workDays()) {
			if (day == null || day.date() == null) {
				problems.add(new Violation("MISSING_FIELD", "workDays", "每个调休上班日期都须填写日期 date"));
			}
			else if (day.date().getYear() != expectedYear) {
				problems.add(new Violation("INVALID_VALUE", "workDays", "调休上班日期 " + day.date() + " 不在 " + expectedYear + " 年"));
			}
			else if (day.date().getDayOfWeek() != DayOfWeek.SATURDAY && day.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
				problems.add(new Violation("INVALID_VALUE", "workDays", "调休上班日期 " + day.date() + " 不是周末"));
			}
			if (day != null && offDays.contains(day.date())) {
				problems.add(new Violation("INVALID_VALUE", "workDays", day.date() + " 不能既放假又上班"));
			}
		}
		return problems;
	}

}

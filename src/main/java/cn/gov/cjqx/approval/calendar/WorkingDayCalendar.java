package cn.gov.cjqx.approval.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Answers whether a date is a working day and where a period of working days ends (README, Working days). A day is a working
 * day iff it is a make-up working day, or it is Monday–Friday and not an official day off. Dates are calendar dates
 * in Asia/Shanghai; callers convert instants with {@link #ZONE}.
 */
@Service
public class WorkingDayCalendar {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** The years this calendar answers for; dates far outside are input errors, not periods to count. */
	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2200;

	private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

	private final Map<Integer, HolidayYear> years = new HashMap<>();

	private final Set<LocalDate> offDays = new HashSet<>();

	private final Set<LocalDate> workDays = new HashSet<>();

	public WorkingDayCalendar() throws IOException {
		ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/cn-*.json")) {
			try (InputStream in = resource.getInputStream()) {
				add(mapper.readValue(in, HolidayYear.class));
			}
		}
	}

	/** Adds (or replaces) one year's data. */
	public final synchronized void add(HolidayYear year) {
		HolidayYear previous = years.put(year.year(), year);
		if (previous != null) {
			previous.offDays().forEach(day -> offDays.remove(day.date()));
			previous.workDays().forEach(day -> workDays.remove(day.date()));
		}
		for (HolidayYear.Day day : year.offDays()) {
			requireYear(year, day);
			offDays.add(day.date());
		}
		for (HolidayYear.Day day : year.workDays()) {
			requireYear(year, day);
			workDays.add(day.date());
		}
	}

	private static void requireYear(HolidayYear year, HolidayYear.Day day) {
		if (day.date().getYear() != year.year() && !(day.date().getYear() == year.year() - 1)) {
			throw new IllegalArgumentException(day.date() + " does not belong to the data of " + year.year());
		}
	}

	public synchronized boolean hasData(int year) {
		return years.containsKey(year);
	}

	public synchronized boolean isWorkingDay(LocalDate date) {
		if (workDays.contains(date)) {
			return true;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !offDays.contains(date);
	}

	/**
	 * The last day of a period of {@code days} working days that starts after {@code start}: working day 1 is the
	 * first working day after {@code start}. A notice published on P for 15 working days ends at the end of
	 * {@code periodEnd(P, 15).lastDay()}.
	 */
	public synchronized WorkingPeriod periodEnd(LocalDate start, int days) {
		if (days < 1) {
			throw new IllegalArgumentException("a period has at least one working day: " + days);
		}
		LocalDate date = start;
		boolean provisional = false;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			provisional |= !years.containsKey(date.getYear());
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		if (provisional) {
			log.warn("Working-day period from {} ({} days) reaches a year without official holiday data; "
					+ "counted Monday–Friday only, result {} is provisional", start, days, date);
		}
		return new WorkingPeriod(date, provisional);
	}

}

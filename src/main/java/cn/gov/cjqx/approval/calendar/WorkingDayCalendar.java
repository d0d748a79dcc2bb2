package cn.gov.cjqx.approval.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Answers whether a date is a working day and where a period of working days ends (README, Working days). A day is a working
 * day iff it is a make-up working day, or it is Monday–Friday and not an official day off. Dates are calendar dates
 * in Asia/Shanghai; callers convert instants with {@link #ZONE}.
 * <p>
 * The data are the files {@code calendar/cn-*.json} and the years uploaded into the database that every node shares
 * ({@link StoredYears}). Before each answer the calendar compares the stored revision with the one its data were
 * read at, and reads the stored years again when another upload (on any node) raised it: a year uploaded on one node
 * counts on every node at once.
 */
@Service
public class WorkingDayCalendar {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** The years this calendar answers for; dates far outside are input errors, not periods to count. */
	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2200;

	/** The revision of data that were never read from the database, or may have been rolled back. */
	private static final long UNREAD = -1;

	private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

	private final List<HolidayYear> files = new ArrayList<>();

	private final StoredYears stored;

	private volatile Data data;

	/** The files only: for tests without a database. */
	public WorkingDayCalendar() throws IOException {
		this(null);
	}

	@Autowired
	WorkingDayCalendar(StoredYears stored) throws IOException {
		this.stored = stored;
		ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/cn-*.json")) {
			try (InputStream in = resource.getInputStream()) {
				files.add(mapper.readValue(in, HolidayYear.class));
			}
		}
		this.data = Data.of(UNREAD, files);
	}

	/** Adds (or replaces) one year's data in this calendar only, not in the database (tests). */
	synchronized void add(HolidayYear year) {
		List<HolidayYear> years = new ArrayList<>(data.years.values());
		years.add(year);
		data = Data.of(data.revision, years);
	}

	/** Forgets what was read from the database: the next answer reads it again (after an upload rolled back). */
	void forgetStored() {
		Data current = data;
		data = new Data(UNREAD, current.years, current.offDays, current.workDays);
	}

	public boolean hasData(int year) {
		return current().years.containsKey(year);
	}

	public boolean isWorkingDay(LocalDate date) {
		return current().isWorkingDay(date);
	}

	/**
	 * The last day of a period of {@code days} working days that starts after {@code start}: working day 1 is the
	 * first working day after {@code start}. A notice published on P for 15 working days ends at the end of
	 * {@code periodEnd(P, 15).lastDay()}.
	 */
	public WorkingPeriod periodEnd(LocalDate start, int days) {
		if (days < 1) {
			throw new IllegalArgumentException("a period has at least one working day: " + days);
		}
		Data current = current();
		LocalDate date = start;
		boolean provisional = false;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			provisional |= !current.years.containsKey(date.getYear());
			if (current.isWorkingDay(date)) {
				counted++;
			}
		}
		if (provisional) {
			log.warn("Working-day period from {} ({} days) reaches a year without official holiday data; "
					+ "counted Monday–Friday only, result {} is provisional", start, days, date);
		}
		return new WorkingPeriod(date, provisional);
	}

	/** The data at the database's current revision: one small query, and a reload only after an upload. */
	private Data current() {
		if (stored == null) {
			return data;
		}
		long revision = stored.revision();
		Data current = data;
		if (current.revision == revision) {
			return current;
		}
		synchronized (this) {
			if (data.revision != revision) {
				List<HolidayYear> years = new ArrayList<>(files);
				years.addAll(stored.years());
				data = Data.of(revision, years);
				log.info("Holiday data read at revision {}: years {}", revision, new TreeSet<>(data.years.keySet()));
			}
			return data;
		}
	}

	/** One revision's days, never changed once built; a later year of the list replaces an earlier one. */
	private record Data(long revision, Map<Integer, HolidayYear> years, Set<LocalDate> offDays,
			Set<LocalDate> workDays) {

		static Data of(long revision, List<HolidayYear> list) {
			Map<Integer, HolidayYear> years = new HashMap<>();
			list.forEach(year -> years.put(year.year(), year));
			Set<LocalDate> offDays = new HashSet<>();
			Set<LocalDate> workDays = new HashSet<>();
			for (HolidayYear year : years.values()) {
				for (HolidayYear.Day day : year.offDays()) {
					requireYear(year, day);
					offDays.add(day.date());
				}
				for (HolidayYear.Day day : year.workDays()) {
					requireYear(year, day);
					workDays.add(day.date());
				}
			}
			return new Data(revision, Map.copyOf(years), Set.copyOf(offDays), Set.copyOf(workDays));
		}

		private static void requireYear(HolidayYear year, HolidayYear.Day day) {
			if (day.date().getYear() != year.year() && !(day.date().getYear() == year.year() - 1)) {
				throw new IllegalArgumentException(day.date() + " does not belong to the data of " + year.year());
			}
		}

		boolean isWorkingDay(LocalDate date) {
			if (workDays.contains(date)) {
				return true;
			}
			DayOfWeek day = date.getDayOfWeek();
			return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !offDays.contains(date);
		}

	}

}

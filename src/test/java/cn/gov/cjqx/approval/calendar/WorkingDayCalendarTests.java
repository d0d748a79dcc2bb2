package cn.gov.cjqx.approval.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTests {

	final WorkingDayCalendar calendar = newCalendar();

	static WorkingDayCalendar newCalendar() {
		try {
			return new WorkingDayCalendar();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void shouldLoadTheOfficialDataOf2024To2026() {
		assertThat(calendar.hasData(2024)).isTrue();
		assertThat(calendar.hasData(2025)).isTrue();
		assertThat(calendar.hasData(2026)).isTrue();
		assertThat(calendar.hasData(2027)).isFalse();
	}

	@Test
	void shouldEndTheDesignExampleNoticeOnOctober15() {
		// README, Working days: published 2026-09-18 → ends 2026-10-15 (Sep 20 make-up day; Sep 25–27 and Oct 1–7 off; Oct 10 make-up)
		WorkingPeriod period = calendar.periodEnd(LocalDate.of(2026, 9, 18), 15);
		assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(period.provisional()).isFalse();
	}

	@Test
	void shouldTreatMakeUpWeekendsAsWorkingDaysAndHolidayWeekdaysAsOff() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sunday make-up day").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("National Day").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 9))).as("2024 New Year's Eve was not a day off").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 18))).as("Sunday make-up day after Spring Festival").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).as("plain Saturday").isFalse();
	}

	@Test
	void shouldSkipTheSpringFestival() {
		// 2025: Jan 28 – Feb 4 off, Jan 26 (Sun) and Feb 8 (Sat) make-up days
		assertThat(calendar.periodEnd(LocalDate.of(2025, 1, 24), 2).lastDay()).isEqualTo(LocalDate.of(2025, 1, 27));
		assertThat(calendar.periodEnd(LocalDate.of(2025, 1, 24), 3).lastDay()).isEqualTo(LocalDate.of(2025, 2, 5));
		assertThat(calendar.periodEnd(LocalDate.of(2025, 1, 27), 1).lastDay()).isEqualTo(LocalDate.of(2025, 2, 5));
	}

	@Test
	void shouldMarkAPeriodReachingIntoAYearWithoutDataAsProvisional() {
		WorkingPeriod period = calendar.periodEnd(LocalDate.of(2026, 12, 20), 15);
		assertThat(period.provisional()).isTrue();
		// Monday–Friday only in 2027 (no data: New Year's Day is counted as a working day)
		assertThat(period.lastDay()).isEqualTo(LocalDate.of(2027, 1, 8));
	}

	@Test
	void shouldRecomputeOnceTheYearsDataArrives() {
		WorkingDayCalendar fresh = newCalendar();
		fresh.add(new HolidayYear(2027, "test", "2026-11-01", "test", List.of(),
				List.of(new HolidayYear.Day(LocalDate.of(2027, 1, 1), "元旦")), List.of()));
		WorkingPeriod period = fresh.periodEnd(LocalDate.of(2026, 12, 20), 15);
		assertThat(period.provisional()).isFalse();
		assertThat(period.lastDay()).isEqualTo(LocalDate.of(2027, 1, 11));
	}

	@Test
	void shouldAgreeWithTheOfficialDataOnEveryDateOf2024To2026() throws Exception {
		// the project's copies of the State Council notices, read independently of the calendar's own loading
		java.util.Set<LocalDate> off = new java.util.HashSet<>();
		java.util.Set<LocalDate> work = new java.util.HashSet<>();
		com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
		for (int year = 2024; year <= 2026; year++) {
			try (java.io.InputStream in = getClass().getResourceAsStream("/calendar/cn-" + year + ".json")) {
				com.fasterxml.jackson.databind.JsonNode yearData = json.readTree(in);
				yearData.path("offDays").forEach(d -> off.add(LocalDate.parse(d.path("date").asText())));
				yearData.path("workDays").forEach(d -> work.add(LocalDate.parse(d.path("date").asText())));
			}
		}
		assertThat(off).hasSizeGreaterThan(80);
		int checked = 0;
		for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() <= 2026; day = day.plusDays(1)) {
			boolean weekday = day.getDayOfWeek().getValue() <= 5;
			boolean expected = work.contains(day) || (weekday && !off.contains(day));
			assertThat(calendar.isWorkingDay(day)).as(day.toString()).isEqualTo(expected);
			checked++;
		}
		assertThat(checked).isEqualTo(366 + 365 + 365);
	}

	@Test
	void shouldCrossTheYearWithBothYearsData() {
		// 2025-12-31 (Wed) → 2026-01-01..03 off, 2026-01-04 (Sun) make-up day
		WorkingPeriod period = calendar.periodEnd(LocalDate.of(2025, 12, 30), 2);
		assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 1, 4));
		assertThat(period.provisional()).isFalse();
	}

	@Test
	void shouldGiveTheSameAnswersWhateverTheJvmDefaultZone() {
		java.util.TimeZone original = java.util.TimeZone.getDefault();
		try {
			java.util.List<Object> answers = new java.util.ArrayList<>();
			for (String zone : new String[] { "Asia/Shanghai", "UTC", "America/Los_Angeles" }) {
				java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
				WorkingDayCalendar fresh = newCalendar();
				WorkingPeriod period = fresh.periodEnd(LocalDate.of(2026, 9, 18), 15);
				java.time.Instant continuesAt = period.lastDay().plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
				answers.add(java.util.List.of(period, continuesAt, fresh.isWorkingDay(LocalDate.of(2026, 9, 20))));
			}
			assertThat(answers).containsOnly(answers.get(0));
			assertThat(answers.get(0)).asString().contains("2026-10-15").contains("2026-10-15T16:00:00Z");
		}
		finally {
			java.util.TimeZone.setDefault(original);
		}
	}

	@Test
	void shouldRefuseAnEmptyPeriod() {
		assertThatThrownBy(() -> calendar.periodEnd(LocalDate.of(2026, 1, 1), 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

}

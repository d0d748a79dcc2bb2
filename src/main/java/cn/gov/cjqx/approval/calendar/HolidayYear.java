package cn.gov.cjqx.approval.calendar;

import java.time.LocalDate;
import java.util.List;

/** One year's official holiday arrangement: the days off and the make-up working days, with the notice. */
public record HolidayYear(int year, String notice, String issued, String source, List<String> urls, List<Day> offDays,
		List<Day> workDays) {

	public record Day(LocalDate date, String name) {
	}

}

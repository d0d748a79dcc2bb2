package cn.gov.cjqx.approval.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@Tag(name = "工作日")
class CalendarController {

	private final WorkingDayCalendar calendar;

	CalendarController(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/api/calendar/working-days")
	@Operation(summary = "从某日（不含）起 N 个工作日的最后一天；例如公告期自发布日起算 15 个工作日")
	PeriodView workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @Min(value = 1, message = "工作日数至少为 1") @Max(value = 366, message = "工作日数不能超过 366") int days) {
		if (from.getYear() < WorkingDayCalendar.FIRST_YEAR || from.getYear() > WorkingDayCalendar.LAST_YEAR) {
			throw ApiException.badRequest("INVALID_VALUE", "from", "起算日期须在 " + WorkingDayCalendar.FIRST_YEAR
					+ "-01-01 至 " + WorkingDayCalendar.LAST_YEAR + "-12-31 之间");
		}
		WorkingPeriod period = calendar.periodEnd(from, days);
		OffsetDateTime continuesFrom = period.lastDay()
			.plusDays(1)
			.atStartOfDay(WorkingDayCalendar.ZONE)
			.toOffsetDateTime();
		return new PeriodView(from, days, period.lastDay(), continuesFrom, period.provisional());
	}

	/** {@code lastDay} is the last working day of the period; the next step may begin at {@code continuesFrom}. */
	record PeriodView(LocalDate from, int days, LocalDate lastDay, OffsetDateTime continuesFrom, boolean provisional) {
	}

}

package cn.gov.cjqx.approval.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.TestHttp;

/**
 * The database is the calendar's single source: a year that another node stored counts here at the next calculation,
 * without a restart, and a year whose upload rolled back never counts. Uses 2043 and 2044, which no other test uses.
 */
@IntegrationTest
class SharedCalendarTests {

	static final String YEAR_2043 = """
			{"year":2043,"notice":"国办发明电〔2042〕1号（测试）","issued":"2042-11-01","source":"test","urls":[],
			 "offDays":[{"date":"2043-01-01","name":"元旦"},{"date":"2043-01-02","name":"元旦"}],
			 "workDays":[{"date":"2043-01-04","name":"元旦"}]}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	HolidayData holidayData;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void shouldCountAYearStoredByAnotherNodeAtTheNextCalculation() {
		TestHttp http = new TestHttp(port);
		String period = "/api/calendar/working-days?from=2042-12-31&days=15";
		JsonNode before = http.get("applicant", period).json();
		assertThat(before.path("provisional").asBoolean()).isTrue();
		// Monday–Friday only: Jan 1 (Thu) counts, 15 working days end on Wednesday Jan 21
		assertThat(before.path("lastDay").asText()).isEqualTo("2043-01-21");

		// what PUT /api/calendar/years/2043 on another node writes, in its own transaction
		transactions.executeWithoutResult(status -> {
			jdbc.update("update calendar_revision set revision = revision + 1 where id = 1");
			jdbc.update("insert into holiday_year (holiday_year, payload, uploaded_by, uploaded_at) values (?, ?, ?, ?)",
					2043, YEAR_2043, "office", Timestamp.from(Instant.now()));
		});

		JsonNode after = http.get("applicant", period).json();
		assertThat(after.path("provisional").asBoolean()).isFalse();
		// Jan 1–2 off, Sunday Jan 4 a make-up day: one working day fewer, so the period ends a day later
		assertThat(after.path("lastDay").asText()).isEqualTo("2043-01-22");
		assertThat(calendar.isWorkingDay(LocalDate.of(2043, 1, 4))).isTrue();
	}

	@Test
	void shouldNeverCountAYearWhoseUploadRolledBack() {
		HolidayYear year2044 = new HolidayYear(2044, "测试", "2043-11-01", "test", List.of(),
				List.of(new HolidayYear.Day(LocalDate.of(2044, 1, 1), "元旦")), List.of());
		transactions.executeWithoutResult(status -> {
			try {
				holidayData.upload(year2044, "office");
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
			assertThat(calendar.hasData(2044)).as("inside the uploading transaction").isTrue();
			status.setRollbackOnly();
		});
		assertThat(calendar.hasData(2044)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2044, 1, 1))).isTrue();
	}

}

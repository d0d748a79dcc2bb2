package cn.gov.cjqx.approval.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.notice.NoticeService;
import cn.gov.cjqx.approval.notice.PublicNotice;
import cn.gov.cjqx.approval.notice.PublicNoticeRepository;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * A year without official data makes notices provisional; its upload extends them (never shortens them). Uses 2031,
 * a year no test depends on otherwise.
 */
@IntegrationTest
class HolidayUploadTests {

	static final String YEAR_2031 = """
			{"year":2031,"notice":"国办发明电〔2030〕1号（测试）","issued":"2030-11-01","source":"test","urls":[],
			 "offDays":[{"date":"2031-01-01","name":"元旦"},{"date":"2031-01-02","name":"元旦"},{"date":"2031-01-03","name":"元旦"}],
			 "workDays":[{"date":"2031-01-05","name":"元旦"}]}""";

	@LocalServerPort
	int port;

	@Autowired
	NoticeService notices;

	@Autowired
	PublicNoticeRepository repository;

	@Autowired
	WorkingDayCalendar calendar;

	TestHttp http;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldRecomputeProvisionalNoticesWhenTheYearArrivesAndNeverShortenThem() {
		// published Friday 2030-12-20 (no data for 2030 or 2031 in this test run: Monday–Friday only)
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2030, 12, 20, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
		PublicNotice notice = notices.publish("TEST-2031-" + System.nanoTime(), "测试公告", "跨年公告", 15);
		assertThat(notice.isProvisional()).isTrue();
		LocalDate provisionalEnd = notice.getEndsOn();
		assertThat(provisionalEnd).isEqualTo(LocalDate.of(2031, 1, 10));
		assertThat(http.get(null, "/notices").text()).contains("公告期为暂定");

		assertThat(http.send("applicant", "PUT", "/api/calendar/years/2031", "application/json", YEAR_2031.getBytes(),
				java.util.Map.of()).status()).isEqualTo(403);
		Response uploaded = http.send("office", "PUT", "/api/calendar/years/2031", "application/json",
				YEAR_2031.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of());
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);

		PublicNotice recomputed = repository.findById(notice.getId()).orElseThrow();
		// Jan 1–3 off, Jan 5 (Sunday) a make-up day: two working days fewer in the first week, so it ends later
		assertThat(recomputed.getEndsOn()).isEqualTo(LocalDate.of(2031, 1, 14));
		assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 5))).isTrue();
	}

	@Test
	void shouldRefuseInconsistentData() {
		Response wrongYear = http.send("admin", "PUT", "/api/calendar/years/2032", "application/json",
				YEAR_2031.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of());
		assertThat(wrongYear.status()).isEqualTo(400);
		assertThat(wrongYear.json().findValuesAsText("field")).contains("year");
		String weekdayWork = YEAR_2031.replace("2031-01-05", "2031-01-06").replace("\"year\":2031", "\"year\":2031");
		Response notWeekend = http.send("admin", "PUT", "/api/calendar/years/2031", "application/json",
				weekdayWork.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of());
		assertThat(notWeekend.status()).isEqualTo(400);
		assertThat(notWeekend.json().path("detail").asText()).contains("节假日");
	}


	@Test
	void shouldRefuseAMissingOrNullListOrDayInChinese() {
		String head = "{\"year\":2047,\"notice\":\"国办发明电〔2030〕1号（测试）\"";
		String offDays = ",\"offDays\":[{\"date\":\"2047-01-01\",\"name\":\"元旦\"}]";
		String workDays = ",\"workDays\":[]";
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put(head + offDays + "}", "workDays");
		bodies.put(head + workDays + "}", "offDays");
		bodies.put(head + offDays + ",\"workDays\":null}", "workDays");
		bodies.put(head + ",\"offDays\":null" + workDays + "}", "offDays");
		bodies.put(head + ",\"offDays\":[null]" + workDays + "}", "offDays");
		bodies.put(head + offDays + ",\"workDays\":[null]}", "workDays");
		bodies.put(head + offDays + ",\"workDays\":[{\"name\":\"元旦\"}]}", "workDays");
		bodies.forEach((body, field) -> {
			Response response = upload(2047, body);
			assertThat(response.status()).as(body + " → " + response).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.violationCodes()).as(body).containsExactly("MISSING_FIELD");
			assertThat(response.json().path("violations").get(0).path("field").asText()).as(body).isEqualTo(field);
			assertThat(response.json().path("violations").get(0).path("message").asText()).as(body).contains("填写");
		});
		assertThat(calendar.hasData(2047)).as("nothing stored").isFalse();
	}

	@Test
	void shouldRefuseAYearOutsideTheCalendarsYears() {
		Response response = upload(2201, YEAR_2031.replace("2031", "2201"));
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().path("violations").get(0).path("message").asText()).contains("1900").contains("2200");
	}

	private Response upload(int year, String body) {
		return http.send("admin", "PUT", "/api/calendar/years/" + year, "application/json",
				body.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
	}

}

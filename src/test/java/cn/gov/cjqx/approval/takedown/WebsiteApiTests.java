package cn.gov.cjqx.approval.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/** Takedowns and outage reports through our API and Camunda's task API as each group; concurrency; refusals. */
@IntegrationTest
class WebsiteApiTests {

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcessEngine engine;

	TestHttp http;

	TestUnit unit;

	long websiteId;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
		websiteId = scenario.newWebsite(unit);
		ClockUtil.setCurrentTime(WebsiteTakedownProcessTests.at(LocalDateTime.of(2026, 11, 2, 9, 0)));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static String takedown(String start, int days) {
		return "{\"reason\":\"网站改版整改\",\"plannedStart\":\"" + start + "\",\"plannedDays\":" + days + "}";
	}

	@Test
	void shouldTakeTheSiteDownWithItsAnnouncementAndBringItBack() {
		Response started = http.postJson(unit.applicant(), "/api/websites/" + websiteId + "/takedowns",
				takedown("2026-11-10", 5));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String businessKey = started.json().path("businessKey").asText();
		assertThat(businessKey).startsWith("WZ-XX-");
		http.completeTask("office", businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		http.completeTask("city", businessKey, "{\"decision\":{\"value\":\"approve\"},\"opinion\":{\"value\":\"同意临时下线\"}}");

		JsonNode notices = http.get(null, "/api/notices").json();
		assertThat(notices.path("inForce").findValuesAsText("businessKey")).contains(businessKey);
		assertThat(http.get(null, "/notices").text()).contains("临时下线的公告").contains("2026-11-14");

		var timer = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(started.json().path("processInstanceId").asText())
			.timers()
			.singleResult();
		ClockUtil.setCurrentTime(timer.getDuedate());
		engine.getManagementService().executeJob(timer.getId());
		JsonNode offline = http.get(unit.applicant(), "/api/websites/" + websiteId).json();
		assertThat(offline.path("website").path("status").asText()).isEqualTo("OFFLINE_TEMPORARY");

		http.completeTask("office", businessKey, "{\"restoredConfirmed\":{\"value\":true}}");
		JsonNode restored = http.get(unit.applicant(), "/api/websites/" + websiteId).json();
		assertThat(restored.path("website").path("status").asText()).isEqualTo("ONLINE");
		assertThat(restored.path("history").get(0).path("kind").asText()).isEqualTo("TAKEDOWN");
		assertThat(restored.path("history").get(0).path("restoredAt").isNull()).isFalse();
		assertThat(http.get(null, "/api/notices").json().path("inForce").findValuesAsText("businessKey"))
			.doesNotContain(businessKey);
	}

	@Test
	void shouldReportAnOutageAtOnceWithoutApproval() {
		Response reported = http.postJson(unit.applicant(), "/api/websites/" + websiteId + "/outage-reports",
				"{\"cause\":\"ORDERED_SHUTDOWN\",\"offlineSince\":\"2026-11-02T08:30:00+08:00\",\"description\":\"等保整改未完成，被责令关停\"}");
		assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
		assertThat(http.get(unit.applicant(), "/api/websites/" + websiteId).json().path("website").path("status").asText())
			.isEqualTo("OFFLINE_EMERGENCY");
		Response takedownWhileOffline = http.postJson(unit.applicant(), "/api/websites/" + websiteId + "/takedowns",
				takedown("2026-11-10", 5));
		assertThat(takedownWhileOffline.status()).isEqualTo(409);
		assertThat(takedownWhileOffline.violationCodes()).contains("ONE_PROCEDURE_AT_A_TIME");
	}

	@Test
	void shouldRefuseBadRequests() {
		String takedowns = "/api/websites/" + websiteId + "/takedowns";
		assertThat(http.postJson(null, takedowns, takedown("2026-11-10", 5)).status()).isEqualTo(401);
		assertThat(http.postJson("applicant2", takedowns, takedown("2026-11-10", 5)).violationCodes())
			.containsExactly("FORBIDDEN_UNIT");
		assertThat(http.postJson("office", takedowns, takedown("2026-11-10", 5)).violationCodes())
			.containsExactly("FORBIDDEN_GROUP");
		assertThat(http.postJson(unit.applicant(), "/api/websites/999999/takedowns", takedown("2026-11-10", 5)).status())
			.isEqualTo(404);
		Response tooLong = http.postJson(unit.applicant(), takedowns, takedown("2026-11-10", 31));
		assertThat(tooLong.status()).isEqualTo(409);
		assertThat(tooLong.violationCodes()).containsExactly("ART10_MAX_30_DAYS");
		Response past = http.postJson(unit.applicant(), takedowns, takedown("2026-10-01", 3));
		assertThat(past.status()).isEqualTo(400);
		assertThat(http.postJson(unit.applicant(), takedowns, "{\"reason\":\"x\",\"plannedStart\":\"2026-13-01\",\"plannedDays\":3}")
			.status()).isEqualTo(400);
		assertThat(http.postJson(unit.applicant(), "/api/websites/" + websiteId + "/outage-reports",
				"{\"cause\":\"STORM\",\"offlineSince\":\"2026-11-02T08:30:00+08:00\",\"description\":\"x\"}").status())
			.isEqualTo(400);
	}

	@Test
	void shouldLetExactlyOneOfFiftySimultaneousTakedownsProceed() throws Exception {
		String takedowns = "/api/websites/" + websiteId + "/takedowns";
		ExecutorService pool = Executors.newFixedThreadPool(50);
		try {
			List<Callable<Response>> calls = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				calls.add(() -> http.postJson(unit.applicant(), takedowns, takedown("2026-11-10", 5)));
			}
			List<Response> responses = new ArrayList<>();
			for (Future<Response> future : pool.invokeAll(calls)) {
				responses.add(future.get());
			}
			assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
			assertThat(responses).filteredOn(r -> r.status() == 409)
				.hasSize(49)
				.allSatisfy(r -> assertThat(r.violationCodes()).containsAnyOf("ART10_ONCE_PER_YEAR",
						"ONE_PROCEDURE_AT_A_TIME"));
		}
		finally {
			pool.shutdownNow();
		}
	}


}

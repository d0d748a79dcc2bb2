package cn.gov.cjqx.approval.closure;

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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * A closure through our API and Camunda's task API, as each group; the notice on /api/notices and /notices; the
 * withdrawal; bad input, access and concurrency. Runs on H2 and, in CI, on PostgreSQL.
 */
@IntegrationTest
class ClosureApiTests {

	static final String SHUT_DOWN = "{\"kind\":\"SHUT_DOWN\",\"reason\":\"WORK_NEEDS\",\"description\":\"业务调整，不再运营。\"}";

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcessEngine engine;

	TestHttp http;

	TestUnit unit;

	long accountId;

	String closures;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
		accountId = scenario.giveActiveAccount(unit);
		closures = "/api/new-media/accounts/" + accountId + "/closures";
		ClockUtil.setCurrentTime(NewMediaClosureProcessTests.at(LocalDateTime.of(2026, 9, 18, 10, 0)));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldCloseAnAccountFromRequestToShutDownWithItsPublicNotice() {
		String businessKey = requestClosure();
		decideAsUnit(businessKey);
		http.completeTask("city", businessKey, "{\"decision\":{\"value\":\"approve\"},\"opinion\":{\"value\":\"同意备案\"}}");
		verifyNoticeIsPublic(businessKey);
		assertThat(http.get(unit.applicant(), "/api/new-media/accounts/" + accountId).json().path("status").asText())
			.isEqualTo("CLOSING");

		passTheNotice(businessKey);
		http.completeTask(unit.applicant(), businessKey, "{\"platformClosedOn\":{\"value\":\"2026-10-16\"}}");
		http.completeTask(unit.applicant(), businessKey, "{\"certificationDeregisteredOn\":{\"value\":\"2026-10-16\"}}");
		http.completeTask("office", businessKey, "{\"filingUpdateNote\":{\"value\":\"已在两个备案系统标记关停\"}}");

		assertThat(http.get(unit.applicant(), "/api/new-media/accounts/" + accountId).json().path("status").asText())
			.isEqualTo("SHUT_DOWN");
		JsonNode procedure = http.get(unit.applicant(), "/api/procedures/" + businessKey).json();
		assertThat(procedure.path("outcome").asText()).isEqualTo("APPROVED");
		assertThat(http.get(null, "/api/notices").json().path("recent").findValuesAsText("businessKey"))
			.contains(businessKey);
	}

	@Test
	void shouldWithdrawDuringTheNoticeRevokingItAndKeepingTheAccount() {
		String businessKey = requestClosure();
		decideAsUnit(businessKey);
		http.completeTask("city", businessKey, "{\"decision\":{\"value\":\"approve\"}}");

		assertThat(http.postJson("applicant2", "/api/procedures/" + businessKey + "/withdrawal", "").status())
			.isEqualTo(403);
		Response withdrawn = http.postJson(unit.applicant(), "/api/procedures/" + businessKey + "/withdrawal", "");
		assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(204);

		assertThat(scenario.statusOf(accountId)).isEqualTo(AccountStatus.ACTIVE);
		JsonNode notices = http.get(null, "/api/notices").json();
		assertThat(notices.path("inForce").findValuesAsText("businessKey")).doesNotContain(businessKey);
		assertThat(notices.path("recent").findValues("revoked").stream().anyMatch(JsonNode::asBoolean)).isTrue();
		assertThat(http.get(null, "/notices").text()).contains("已撤销");
		Response again = http.postJson(unit.applicant(), "/api/procedures/" + businessKey + "/withdrawal", "");
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void shouldLetTheBureauOfficeOrderAClosureThatTheUnitCannotWithdraw() {
		Response ordered = http.postJson("office", closures,
				"{\"kind\":\"SHUT_DOWN\",\"reason\":\"NO_UPDATES\",\"description\":\"连续六个月未更新。\"}");
		assertThat(ordered.status()).as(ordered.toString()).isEqualTo(201);
		assertThat(ordered.json().path("ordered").asBoolean()).isTrue();
		Response withdrawal = http.postJson(unit.applicant(),
				"/api/procedures/" + ordered.json().path("businessKey").asText() + "/withdrawal", "");
		assertThat(withdrawal.status()).isEqualTo(409);
		assertThat(withdrawal.violationCodes()).containsExactly("ORDERED_CLOSURE");
	}

	@Nested
	class Refused {

		@Test
		void shouldCheckWhoAsks() {
			assertThat(http.postJson(null, closures, SHUT_DOWN).status()).isEqualTo(401);
			Response otherUnit = http.postJson("applicant2", closures, SHUT_DOWN);
			assertThat(otherUnit.status()).isEqualTo(403);
			assertThat(otherUnit.violationCodes()).containsExactly("FORBIDDEN_UNIT");
			Response leader = http.postJson(unit.leader(), closures, SHUT_DOWN);
			assertThat(leader.status()).isEqualTo(403);
			assertThat(leader.violationCodes()).containsExactly("FORBIDDEN_GROUP");
		}

		@Test
		void shouldAnswerBadInput() {
			assertThat(http.postJson(unit.applicant(), "/api/new-media/accounts/999999/closures", SHUT_DOWN).status())
				.isEqualTo(404);
			Response unknownKind = http.postJson(unit.applicant(), closures,
					"{\"kind\":\"CLOSE\",\"reason\":\"WORK_NEEDS\",\"description\":\"x\"}");
			assertThat(unknownKind.status()).isEqualTo(400);
			assertThat(unknownKind.json().path("detail").asText()).contains("SHUT_DOWN");
			Response missing = http.postJson(unit.applicant(), closures, "{\"kind\":\"SHUT_DOWN\"}");
			assertThat(missing.status()).isEqualTo(400);
			assertThat(missing.json().findValuesAsText("field")).contains("reason", "description");
			Response orderedWithoutArticle19 = http.postJson("office", closures, SHUT_DOWN);
			assertThat(orderedWithoutArticle19.status()).isEqualTo(400);
			assertThat(orderedWithoutArticle19.json().findValuesAsText("field")).containsExactly("reason");
		}

		@Test
		void shouldLetExactlyOneOfTwentySimultaneousClosuresProceed() throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(20);
			try {
				List<Callable<Response>> calls = new ArrayList<>();
				for (int i = 0; i < 20; i++) {
					calls.add(() -> http.postJson(unit.applicant(), closures, SHUT_DOWN));
				}
				List<Response> responses = new ArrayList<>();
				for (Future<Response> future : pool.invokeAll(calls)) {
					responses.add(future.get());
				}
				assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
				assertThat(responses).filteredOn(r -> r.status() == 409)
					.hasSize(19)
					.allSatisfy(r -> assertThat(r.violationCodes()).containsExactly("ONE_PROCEDURE_AT_A_TIME"));
			}
			finally {
				pool.shutdownNow();
			}
		}

	}

	// --- steps -------------------------------------------------------------------------------------------------

	private String requestClosure() {
		Response response = http.postJson(unit.applicant(), closures, SHUT_DOWN);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.header("Location")).startsWith("/api/procedures/XMT-GT-");
		return response.json().path("businessKey").asText();
	}

	private void decideAsUnit(String businessKey) {
		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"},\"decisionBasis\":{\"value\":"
				+ "\"MAIN_LEADER_CONSENT\"},\"decisionReference\":{\"value\":\"局长签批〔2026〕12号\"}}");
	}

	private void verifyNoticeIsPublic(String businessKey) {
		JsonNode notices = http.get(null, "/api/notices").json();
		JsonNode notice = null;
		for (JsonNode candidate : notices.path("inForce")) {
			if (candidate.path("businessKey").asText().equals(businessKey)) {
				notice = candidate;
			}
		}
		assertThat(notice).as("notice of " + businessKey + " in force").isNotNull();
		assertThat(notice.path("publishedOn").asText()).isEqualTo("2026-09-18");
		assertThat(notice.path("endsOn").asText()).isEqualTo("2026-10-15");
		assertThat(notice.path("provisional").asBoolean()).isFalse();
		String page = http.get(null, "/notices").text();
		assertThat(page).contains(notice.path("subject").asText()).contains("2026-10-15");
	}

	private void passTheNotice(String businessKey) {
		String instance = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.singleResult()
			.getId();
		var timer = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().singleResult();
		ClockUtil.setCurrentTime(timer.getDuedate());
		engine.getManagementService().executeJob(timer.getId());
	}


}

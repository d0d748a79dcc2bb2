package cn.gov.cjqx.approval.change;

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

/** A rename through our API and Camunda's task API as each group, with its notice and history; refusals. */
@IntegrationTest
class ChangeApiTests {

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcessEngine engine;

	@Autowired
	cn.gov.cjqx.approval.procedure.ProcedureRepository procedures;

	TestHttp http;

	TestUnit unit;

	long accountId;

	String changes;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
		accountId = scenario.giveActiveAccount(unit);
		changes = "/api/new-media/accounts/" + accountId + "/changes";
		ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.of(2026, 9, 18, 10, 0)
			.atZone(java.time.ZoneId.of("Asia/Shanghai"))
			.toInstant()));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private String rename(String name) {
		return "{\"reason\":\"名称规范化\",\"decisionBasis\":\"COLLECTIVE_DECISION\",\"decisionReference\":\"党组会议纪要\","
				+ "\"accountName\":\"" + name + "\"}";
	}

	@Test
	void shouldRenameFromRequestToRegistryWithNoticeAndHistory() {
		Response started = http.postJson(unit.applicant(), changes, rename(unit.shortName() + "天气"));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String businessKey = started.json().path("businessKey").asText();
		assertThat(businessKey).startsWith("XMT-BG-");

		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		http.completeTask("office", businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		http.completeTask("city", businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		assertThat(http.get(null, "/api/notices").json().path("inForce").findValuesAsText("businessKey"))
			.contains(businessKey);

		var timer = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(started.json().path("processInstanceId").asText())
			.timers()
			.singleResult();
		ClockUtil.setCurrentTime(timer.getDuedate());
		engine.getManagementService().executeJob(timer.getId());
		http.completeTask(unit.applicant(), businessKey, "{\"appliedOn\":{\"value\":\"2026-10-16\"}}");
		http.completeTask("office", businessKey, "{\"filingUpdateNote\":{\"value\":\"已更新备案\"}}");

		assertThat(http.get(unit.applicant(), "/api/new-media/accounts/" + accountId).json().path("name").asText())
			.isEqualTo(unit.shortName() + "天气");
		JsonNode history = http.get(unit.applicant(), "/api/new-media/accounts/" + accountId + "/history").json();
		assertThat(history).hasSize(1);
		assertThat(history.get(0).path("fieldLabel").asText()).isEqualTo("账号名称");
		assertThat(history.get(0).path("oldValue").asText()).isEqualTo(unit.shortName() + "微博");
		assertThat(history.get(0).path("newValue").asText()).isEqualTo(unit.shortName() + "天气");
		assertThat(history.get(0).path("businessKey").asText()).isEqualTo(businessKey);
		assertThat(http.get("applicant2", "/api/new-media/accounts/" + accountId + "/history").status()).isEqualTo(403);
	}

	@Test
	void shouldRefuseAPlatformChangeAndAnEmptyChangeWith400() {
		Response platform = http.postJson(unit.applicant(), changes,
				"{\"reason\":\"换平台\",\"decisionBasis\":\"MAIN_LEADER_CONSENT\",\"decisionReference\":\"签批\",\"platform\":\"DOUYIN\"}");
		assertThat(platform.status()).isEqualTo(400);
		assertThat(platform.violationCodes()).contains("PLATFORM_UNCHANGEABLE");
		assertThat(platform.json().path("detail").asText()).contains("关停").contains("重新");
		Response nothing = http.postJson(unit.applicant(), changes,
				"{\"reason\":\"无\",\"decisionBasis\":\"MAIN_LEADER_CONSENT\",\"decisionReference\":\"签批\"}");
		assertThat(nothing.status()).isEqualTo(400);
		assertThat(http.postJson("applicant2", changes, rename("x")).status()).isEqualTo(403);
		assertThat(http.postJson(null, changes, rename("x")).status()).isEqualTo(401);
	}

	@Test
	void shouldCheckAChangeBeforeItIsFiledAndStoreNothing() {
		String check = changes + "/check";
		long before = procedures.count();

		// a name without the unit's short name: a SOFT finding of Article 15, shown before anything is filed
		Response checked = http.postJson(unit.applicant(), check, rename("天气早知道"));
		assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
		assertThat(checked.json().path("violations").findValuesAsText("code")).containsExactly("ART15_ACCOUNT_NAME");
		assertThat(checked.json().path("violations").get(0).path("field").asText()).isEqualTo("accountName");
		assertThat(checked.json().path("violations").get(0).path("forbidding").asBoolean()).isFalse();
		assertThat(checked.json().path("violations").get(0).path("message").asText()).contains("第十五条");
		// nothing found in a good one
		Response clean = http.postJson(unit.applicant(), check, rename(unit.shortName() + "天气"));
		assertThat(clean.status()).as(clean.toString()).isEqualTo(200);
		assertThat(clean.json().path("violations")).isEmpty();
		assertThat(procedures.count()).isEqualTo(before);

		// what the start refuses, the check refuses alike; another unit may not ask
		Response empty = http.postJson(unit.applicant(), check,
				"{\"reason\":\"无\",\"decisionBasis\":\"COLLECTIVE_DECISION\",\"decisionReference\":\"纪要\"}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.violationCodes()).contains("MISSING_FIELD");
		assertThat(http.postJson(scenario.newUnit().applicant(), check, rename("天气早知道")).status()).isEqualTo(403);
		assertThat(procedures.count()).isEqualTo(before);
	}

	@Test
	void shouldLetExactlyOneOfASimultaneousChangeAndClosureProceed() throws Exception {
		String closures = "/api/new-media/accounts/" + accountId + "/closures";
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<Response>> calls = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				calls.add(() -> http.postJson(unit.applicant(), changes, rename(unit.shortName() + "天气")));
				calls.add(() -> http.postJson(unit.applicant(), closures,
						"{\"kind\":\"SHUT_DOWN\",\"reason\":\"WORK_NEEDS\",\"description\":\"不再运营\"}"));
			}
			List<Response> responses = new ArrayList<>();
			for (Future<Response> future : pool.invokeAll(calls)) {
				responses.add(future.get());
			}
			assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
			assertThat(responses).filteredOn(r -> r.status() == 409)
				.hasSize(19)
				.allSatisfy(r -> assertThat(r.violationCodes()).contains("ONE_PROCEDURE_AT_A_TIME"));
		}
		finally {
			pool.shutdownNow();
		}
	}


}

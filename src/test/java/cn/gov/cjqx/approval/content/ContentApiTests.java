package cn.gov.cjqx.approval.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * The REST door of the content review (POST /api/contents) and its journey as editor, deputy and main leader; what
 * another unit sees; bad input; a hundred items at once; the publication log of an account.
 */
@IntegrationTest
class ContentApiTests {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	TaskService tasks;

	TestHttp http;

	TestUnit unit;

	long accountId;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
		accountId = scenario.giveActiveAccount(unit);
	}

	@Test
	void shouldTakeAnImportantItemThroughDeputyAndMainLeaderToThePublicationLog() {
		ObjectNode item = item();
		item.put("important", true);
		Response submitted = http.postJson(unit.applicant(), "/api/contents", item.toString());
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		String businessKey = submitted.json().path("businessKey").asText();
		assertThat(businessKey).matches("NR-\\d{4}-\\d{4,}");
		assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");

		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"},\"opinion\":{\"value\":\"同意\"}}");
		http.completeTask(unit.mainLeader(), businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		http.completeTask(unit.applicant(), businessKey,
				"{\"publishedUrl\":{\"value\":\"https://mp.weixin.qq.com/s/nr1\"}}");

		JsonNode procedure = http.get(unit.applicant(), "/api/procedures/" + businessKey).json();
		assertThat(procedure.path("outcome").asText()).isEqualTo("APPROVED");
		assertThat(procedure.path("approvals").findValuesAsText("taskName")).containsExactly("分管领导审核", "主要负责同志审核");

		JsonNode log = http.get(unit.leader(), "/api/new-media/accounts/" + accountId + "/publications").json();
		assertThat(log.path("publications").findValuesAsText("businessKey")).containsExactly(businessKey);
		assertThat(log.path("publications").get(0).path("publishedUrl").asText()).isEqualTo("https://mp.weixin.qq.com/s/nr1");
		assertThat(log.path("lastPublishedAt").asText()).isEqualTo(log.path("publications").get(0).path("publishedAt").asText());

		assertThat(http.get(unit.leader(), "/api/new-media/accounts/" + accountId).json().path("lastPublishedAt").asText())
			.as("the registry's last update is the publication").isEqualTo(log.path("lastPublishedAt").asText());
		assertThat(http.get(unit.leader(), "/api/new-media/accounts").json().findValuesAsText("lastPublishedAt"))
			.contains(log.path("lastPublishedAt").asText());

		JsonNode page = http.get(unit.applicant(), "/api/contents?status=PUBLISHED").json();
		assertThat(page.path("items").findValuesAsText("businessKey")).containsExactly(businessKey);
		assertThat(page.path("total").asLong()).isEqualTo(1);
	}

	@Test
	void shouldShowAnotherUnitNothing() {
		String businessKey = http.postJson(unit.applicant(), "/api/contents", item().toString()).json()
			.path("businessKey")
			.asText();
		TestUnit other = scenario.newUnit();
		assertThat(http.get(other.leader(), "/api/contents").json().path("items")).isEmpty();
		assertThat(http.get(other.leader(), "/api/procedures/" + businessKey).status()).isEqualTo(403);
		assertThat(http.get(other.leader(), "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json()).isEmpty();
		assertThat(http.get(other.leader(), "/api/new-media/accounts/" + accountId + "/publications").status())
			.isEqualTo(403);
		// nor may it submit for this unit's account
		Response foreign = http.postJson(other.applicant(), "/api/contents", item().toString());
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.violationCodes()).containsExactly("FORBIDDEN_UNIT");
	}

	@Test
	void shouldRefuseBadInputWithAChineseProblemAndStartNothing() {
		long before = count();
		ObjectNode noTitle = item();
		noTitle.put("title", " ");
		assertRefused(noTitle, 400, "title");

		ObjectNode huge = item();
		huge.put("body", "雨".repeat(ContentRequest.BODY_MAX + 1));
		assertRefused(huge, 400, "body");

		ObjectNode repost = item();
		repost.put("kind", "REPOST");
		repost.put("sourceName", "中国气象局");
		repost.put("sourceUrl", "www.cma.gov.cn/abc");
		Response malformed = assertRefused(repost, 400, null);
		assertThat(malformed.violationCodes()).containsExactly("ART23_REPOST_SOURCE");

		ObjectNode markup = item();
		markup.put("title", "<script>alert(1)</script>");
		assertRefused(markup, 400, "title");

		ObjectNode both = item();
		both.put("websiteId", scenario.newWebsite(unit));
		assertRefused(both, 400, null);

		ObjectNode missing = item();
		missing.put("accountId", 987654321L);
		assertRefused(missing, 404, null);

		long closed = scenario.giveActiveAccount(unit);
		scenario.closeAccount(closed);
		ObjectNode notActive = item();
		notActive.put("accountId", closed);
		Response conflict = assertRefused(notActive, 409, null);
		assertThat(conflict.violationCodes()).containsExactly("TARGET_NOT_ACTIVE");

		assertThat(count()).isEqualTo(before);
	}

	@Test
	void shouldStartAHundredItemsSubmittedAtOnceWithNoneLost() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Callable<Response>> submits = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			ObjectNode item = item();
			item.put("title", "今日天气 " + i);
			submits.add(() -> http.postJson(unit.applicant(), "/api/contents", item.toString()));
		}
		List<String> keys = new ArrayList<>();
		try {
			for (Future<Response> answer : pool.invokeAll(submits)) {
				assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(201);
				keys.add(answer.get().json().path("businessKey").asText());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(keys).doesNotHaveDuplicates().hasSize(100);
		assertThat(tasks.createTaskQuery()
			.taskCandidateGroup("unit-leaders-" + unit.code())
			.taskDefinitionKey(ContentProcess.TASK_DEPUTY_REVIEW)
			.count()).isEqualTo(100);
		assertThat(http.get(unit.leader(), "/api/contents?size=100").json().path("total").asLong()).isEqualTo(100);
	}

	@Test
	void shouldKeepTheProcessesOwnVariablesAndEachReviewToItsItemThroughEngineRest() {
		// a start that would skip the main leader or the correction
		ObjectNode variables = JSON.createObjectNode();
		item().properties().forEach(field -> variables.putObject(field.getKey()).set("value", field.getValue()));
		variables.putObject("needsMainLeader").put("value", false);
		Response forged = http.postJson(unit.applicant(), "/engine-rest/process-definition/key/content-review/start",
				"{\"variables\":" + variables + "}");
		assertThat(forged.status()).as(forged.toString()).isEqualTo(400);
		assertThat(forged.text()).contains("VARIABLE_NOT_ALLOWED");

		ObjectNode important = item();
		important.put("important", true);
		String businessKey = http.postJson(unit.applicant(), "/api/contents", important.toString()).json()
			.path("businessKey")
			.asText();
		String review = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
		Response skip = http.postJson(unit.leader(), "/engine-rest/task/" + review + "/complete",
				"{\"variables\":{\"decision\":{\"value\":\"approve\"},\"needsMainLeader\":{\"value\":false}}}");
		assertThat(skip.status()).as(skip.toString()).isEqualTo(400);
		assertThat(skip.text()).contains("VARIABLE_NOT_ALLOWED");

		// no door moves the item past its review, nor decides it twice
		String instance = tasks.createTaskQuery().taskId(review).singleResult().getProcessInstanceId();
		Response moved = http.postJson(unit.leader(), "/engine-rest/process-instance/" + instance + "/modification",
				"{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_RecordPublication\"}]}");
		assertThat(moved.status()).isEqualTo(403);
		assertThat(moved.text()).contains("ENGINE_OPERATOR_ONLY");
		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		Response again = http.postJson(unit.leader(), "/engine-rest/task/" + review + "/complete",
				"{\"variables\":{\"decision\":{\"value\":\"approve\"}}}");
		assertThat(again.status()).as(again.toString()).isEqualTo(404);
		assertThat(again.violationCodes()).containsExactly("NOT_FOUND");
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getTaskDefinitionKey())
			.isEqualTo(ContentProcess.TASK_MAIN_LEADER_REVIEW);
	}

	private Response assertRefused(ObjectNode item, int status, String field) {
		Response refused = http.postJson(unit.applicant(), "/api/contents", item.toString());
		assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.text()).containsPattern("\\p{IsHan}");
		if (field != null) {
			assertThat(refused.text()).contains("\"" + field + "\"");
		}
		return refused;
	}

	private long count() {
		return http.get("office", "/api/contents?size=1").json().path("total").asLong();
	}

	private ObjectNode item() {
		ObjectNode item = JSON.createObjectNode();
		item.put("accountId", accountId);
		item.put("title", "澄江市气象台发布暴雨预警");
		item.put("body", "预计今天夜间到明天白天，澄江市大部地区有大到暴雨，请注意防范。");
		item.put("kind", "ORIGINAL");
		return item;
	}

}

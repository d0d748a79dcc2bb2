package cn.gov.cjqx.approval.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;
import cn.gov.cjqx.approval.unit.UnitKind;

/** POST /api/new-media/openings: 201, 400, 401, 403, 409, idempotency and concurrency. */
@IntegrationTest
class OpeningApiTests {

	static final String OPENINGS = "/api/new-media/openings";

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcedureRepository procedures;

	@Autowired
	NewMediaAccountRepository accounts;

	@Autowired
	RuntimeService runtime;

	TestHttp http;

	TestUnit unit;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
		unit = scenario.newUnit();
	}

	@Test
	void shouldAcceptAFilingWithSoftViolationsAndSendItToCorrection() {
		ObjectNode filing = scenario.validFiling(unit);
		filing.remove("materialMapUsage");
		filing.put("accountName", "天气早知道");

		Response response = http.postJson(unit.applicant(), OPENINGS, filing.toString());

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().path("status").asText()).isEqualTo("CORRECTION_REQUIRED");
		assertThat(response.violationCodes()).containsExactlyInAnyOrder("ART15_ACCOUNT_NAME", "ART17_MATERIALS");
		JsonNode procedure = http.get(unit.applicant(), response.header("Location")).json();
		assertThat(procedure.path("currentSteps").get(0).path("taskKey").asText()).isEqualTo("Task_CorrectFiling");
		assertThat(procedure.path("currentSteps").get(0).path("candidateGroups").get(0).asText())
			.isEqualTo("applicants-" + unit.code());
		assertThat(procedure.path("violations").findValuesAsText("message")).anyMatch(m -> m.contains("（六）"));
	}

	@Test
	void shouldTakeOptionalFieldsLeftEmptyAsAbsent() {
		// what Tasklist's start form sends for the optional inputs of a 管理员 or 栏目设置 row left empty (issue 17)
		ObjectNode filing = scenario.validFiling(unit);
		filing.withArray("administrators").addObject().put("name", "王五").put("unitAndPost", "").put("officePhone", "")
			.put("mobile", "13900002222").put("qq", "").put("wechat", "");
		filing.withArray("columns").addObject().put("level1", "互动交流").put("level2", "").put("level3", "")
			.put("remark", "");

		Response response = http.postJson(unit.applicant(), OPENINGS, filing.toString());

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	@Test
	void shouldKeepTheFilingInItsTableAndGiveItsFieldsToTheCorrectionFormOnly() {
		Response accepted = http.postJson(unit.applicant(), OPENINGS, scenario.validFiling(unit).toString());
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
		assertThat(runtime.getVariables(accepted.json().path("processInstanceId").asText()))
			.containsKeys(ProcedureVariables.SUBJECT.name(), ProcedureVariables.UNIT_NAME.name(), ProcedureVariables.FILING_SUMMARY.name())
			.doesNotContainKeys(OpeningProcess.SUBMITTED_FILING.name(), "accountName", "unitCode", "administrators",
					"materialMapUsage");

		TestUnit other = scenario.newUnit();
		ObjectNode filing = scenario.validFiling(other);
		filing.remove("materialMapUsage");
		filing.put("accountName", "天气早知道");
		Response corrected = http.postJson(other.applicant(), OPENINGS, filing.toString());
		String businessKey = corrected.json().path("businessKey").asText();
		JsonNode task = http.get(other.applicant(), "/engine-rest/task?processInstanceBusinessKey=" + businessKey)
			.json()
			.get(0);
		JsonNode form = http
			.get(other.applicant(), "/engine-rest/task/" + task.path("id").asText() + "/form-variables?deserializeValues=false")
			.json();
		assertThat(form.path("accountName").path("value").asText()).isEqualTo("天气早知道");
		assertThat(form.path("unitCode").path("value").asText()).isEqualTo(other.code());
		assertThat(form.path("administrators").path("type").asText()).isEqualTo("Json");
		assertThat(form.path("administrators").path("value").asText()).contains("13800002222");
		assertThat(form.has("materialMapUsage")).isFalse();
		assertThat(form.has(OpeningProcess.SUBMITTED_FILING.name())).isFalse();

		Response submitted = http.postJson(other.applicant(), "/engine-rest/task/" + task.path("id").asText()
				+ "/submit-form", "{\"variables\":{\"accountName\":{\"value\":\"" + other.shortName()
				+ "天气\"},\"materialMapUsage\":{\"value\":\"" + scenario.material(other)
				+ "\"},\"correctionAction\":{\"value\":\"resubmit\"}}}");
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(204);
		JsonNode procedure = http.get(other.applicant(), "/api/procedures/" + businessKey).json();
		assertThat(procedure.path("currentSteps").get(0).path("taskKey").asText()).isEqualTo("Task_UnitDecision");
		assertThat(procedure.path("subject").asText()).isEqualTo(other.shortName() + "天气");
		JsonNode account = http.get(other.applicant(), "/api/new-media/accounts").json().get(0);
		assertThat(account.path("name").asText()).isEqualTo(other.shortName() + "天气");
		assertThat(account.path("administrators").findValuesAsText("mobile")).containsExactly("13800002222");
	}

	@Nested
	class Conflicts {

		@Test
		void shouldRefuseASecondAccountOfAUnitWith409AndWriteNothing() {
			scenario.giveActiveAccount(unit);
			long before = procedures.count();

			Response response = http.postJson(unit.applicant(), OPENINGS, scenario.validFiling(unit).toString());

			assertThat(response.status()).as(response.toString()).isEqualTo(409);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.violationCodes()).containsExactly("ART13_ONE_ACCOUNT_PER_UNIT");
			assertThat(response.json().path("detail").asText()).contains("一个单位原则上只开办一个账号");
			assertThat(procedures.count()).isEqualTo(before);
		}

		@Test
		void shouldLetAVerticallyManagedUnitCiteItsSuperiorsRule() {
			TestUnit vertical = scenario.newUnit(UnitKind.ADMINISTRATIVE_ORGAN, false, true, true);
			scenario.giveActiveAccount(vertical);
			ObjectNode filing = scenario.validFiling(vertical);
			assertThat(http.postJson(vertical.applicant(), OPENINGS, filing.toString()).status()).isEqualTo(409);

			filing.put("verticalManagementBasis", "中国气象局关于气象部门政务新媒体建设的规定");
			assertThat(http.postJson(vertical.applicant(), OPENINGS, filing.toString()).status()).isEqualTo(201);
		}

		@Test
		void shouldRefuseAClassifiedUnitAndAUnitWithoutPublicFunctions() {
			TestUnit classified = scenario.newUnit(UnitKind.ADMINISTRATIVE_ORGAN, true, false, false);
			Response response = http.postJson(classified.applicant(), OPENINGS,
					scenario.validFiling(classified).toString());
			assertThat(response.status()).isEqualTo(409);
			assertThat(response.violationCodes()).containsExactly("ART13_UNIT_ELIGIBLE", "ART13_UNIT_ELIGIBLE");
		}

		@Test
		void shouldRefuseAnInternalDepartment() {
			TestUnit department = scenario.newUnit(UnitKind.INTERNAL_DEPARTMENT, false, true, false);
			Response response = http.postJson(department.applicant(), OPENINGS,
					scenario.validFiling(department).toString());
			assertThat(response.status()).isEqualTo(409);
			assertThat(response.violationCodes()).containsExactly("ART13_HOST_IS_UNIT");
		}

		@Test
		void shouldRefuseAnEventAccountAnUnapprovedPlatformAndASinglePurposeApp() {
			ObjectNode event = scenario.validFiling(unit).put("eventOrSpecialProject", true);
			assertThat(http.postJson(unit.applicant(), OPENINGS, event.toString()).violationCodes())
				.containsExactly("ART13_NO_EVENT_ACCOUNT");
			ObjectNode platform = scenario.validFiling(unit).put("platform", "TWITTER");
			assertThat(http.postJson(unit.applicant(), OPENINGS, platform.toString()).violationCodes())
				.containsExactly("ART13_APPROVED_PLATFORM");
			ObjectNode app = scenario.validFiling(unit)
				.put("platform", "MOBILE_APP")
				.put("appSecurityAssessed", true)
				.put("appIpv6", true)
				.put("appMultiTerminal", true);
			assertThat(http.postJson(unit.applicant(), OPENINGS, app.toString()).violationCodes())
				.containsExactly("ART14_NO_SINGLE_PURPOSE_APP");
		}

	}

	@Nested
	class BadInput {

		@Test
		void shouldNameEveryMissingField() {
			Response response = http.postJson(unit.applicant(), OPENINGS, "{\"unitCode\":\"" + unit.code() + "\"}");
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.json().findValuesAsText("field")).contains("accountName", "platform", "certified",
					"administrators", "columns", "mapsUsed");
			assertThat(response.json().findValuesAsText("message")).contains("账号名称不能为空");
		}

		@Test
		void shouldRefuseMarkupInNames() {
			ObjectNode filing = scenario.validFiling(unit).put("accountName", "<script>alert(1)</script>");
			Response response = http.postJson(unit.applicant(), OPENINGS, filing.toString());
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.json().findValuesAsText("field")).containsExactly("accountName");
		}

		@Test
		void shouldRefuseWrongTypesUnknownFieldsAndMalformedJson() {
			ObjectNode wrongType = scenario.validFiling(unit).put("certified", "maybe");
			assertThat(http.postJson(unit.applicant(), OPENINGS, wrongType.toString()).violationCodes())
				.containsExactly("INVALID_TYPE");
			ObjectNode unknown = scenario.validFiling(unit).put("approved", true);
			assertThat(http.postJson(unit.applicant(), OPENINGS, unknown.toString()).violationCodes())
				.containsExactly("UNKNOWN_FIELD");
			assertThat(http.postJson(unit.applicant(), OPENINGS, "{\"unitCode\":").violationCodes())
				.containsExactly("MALFORMED_JSON");
		}

		@Test
		void shouldRefuseInvalidAdministratorsAndLinks() {
			ObjectNode filing = scenario.validFiling(unit).put("accessUrl", "javascript:alert(1)");
			filing.withArray("administrators").addObject().put("name", "王五").put("mobile", "12345");
			Response response = http.postJson(unit.applicant(), OPENINGS, filing.toString());
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.json().findValuesAsText("field")).containsExactlyInAnyOrder("accessUrl",
					"administrators[1].mobile");
		}

		@Test
		void shouldRefuseAMaterialOfAnotherUnit() {
			TestUnit other = scenario.newUnit();
			ObjectNode filing = scenario.validFiling(unit).put("materialReviewMechanism", scenario.material(other).toString());
			Response response = http.postJson(unit.applicant(), OPENINGS, filing.toString());
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.json().findValuesAsText("field")).containsExactly("materialReviewMechanism");
			ObjectNode unknown = scenario.validFiling(unit).put("materialMapUsage", UUID.randomUUID().toString());
			assertThat(http.postJson(unit.applicant(), OPENINGS, unknown.toString()).status()).isEqualTo(400);
		}

	}

	@Nested
	class Access {

		@Test
		void shouldAskForCredentials() {
			assertThat(http.postJson(null, OPENINGS, scenario.validFiling(unit).toString()).status()).isEqualTo(401);
		}

		@Test
		void shouldLetOnlyApplicantsFile() {
			Response leader = http.postJson(unit.leader(), OPENINGS, scenario.validFiling(unit).toString());
			assertThat(leader.status()).isEqualTo(403);
			assertThat(leader.violationCodes()).containsExactly("FORBIDDEN_GROUP");
			assertThat(http.postJson("office", OPENINGS, scenario.validFiling(unit).toString()).status())
				.isEqualTo(403);
		}

		@Test
		void shouldLetApplicantsFileForTheirOwnUnitOnly() {
			Response response = http.postJson("applicant2", OPENINGS, scenario.validFiling(unit).toString());
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.violationCodes()).containsExactly("FORBIDDEN_UNIT");
		}

	}

	@Nested
	class Retries {

		@Test
		void shouldReturnTheFirstResultToARetryWithTheSameIdempotencyKey() {
			String body = scenario.validFiling(unit).toString();
			Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
			Response first = http.postJson(unit.applicant(), OPENINGS, body, key);
			Response retry = http.postJson(unit.applicant(), OPENINGS, body, key);

			assertThat(first.status()).isEqualTo(201);
			assertThat(retry.status()).isEqualTo(201);
			assertThat(retry.json().path("businessKey").asText()).isEqualTo(first.json().path("businessKey").asText());
			assertThat(retry.json().path("replayed").asBoolean()).isTrue();
			assertThat(http.get(unit.applicant(), "/api/new-media/accounts").json()).hasSize(1);
		}

		@Test
		void shouldLetExactlyOneOfFiftySimultaneousOpeningsOfAUnitProceed() throws Exception {
			String body = scenario.validFiling(unit).toString();
			ExecutorService pool = Executors.newFixedThreadPool(50);
			try {
				List<Callable<Response>> calls = new ArrayList<>();
				for (int i = 0; i < 50; i++) {
					calls.add(() -> http.postJson(unit.applicant(), OPENINGS, body));
				}
				List<Response> responses = new ArrayList<>();
				for (Future<Response> future : pool.invokeAll(calls)) {
					responses.add(future.get());
				}
				assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
				assertThat(responses).filteredOn(r -> r.status() == 409)
					.hasSize(49)
					.allSatisfy(r -> assertThat(r.violationCodes()).containsExactly("ART13_ONE_ACCOUNT_PER_UNIT"));
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(http.get(unit.applicant(), "/api/new-media/accounts").json()).hasSize(1);
		}

	}

}

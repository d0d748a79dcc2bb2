package cn.gov.cjqx.approval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.demo.DemoUnits;
import cn.gov.cjqx.approval.support.Fixtures;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * Every endpoint × (anonymous, wrong group, other unit, right group). The demo users: applicant and leader belong to
 * 澄江市气象局 (cjqx), applicant2 and leader2 to 澄江市气象台 (cjqxt); office and city act for all units; admin is the
 * IT operator; nogroup is in no group.
 */
@IntegrationTest
class SecurityMatrixTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	TestHttp http;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
		fixtures.ensureUserWithoutGroups();
	}

	@Test
	void shouldGuardOneAccount() {
		String path = "/api/new-media/accounts/" + fixtures.bureauAccountId();
		assertMatrix(path);
	}

	@Test
	void shouldGuardOneWebsite() {
		assertMatrix("/api/websites/" + fixtures.bureauWebsiteId());
	}

	@Test
	void shouldGuardOneProcedure() {
		assertMatrix("/api/procedures/" + fixtures.procedureOf(DemoUnits.BUREAU, "applicant").getBusinessKey());
	}

	@Test
	void shouldGuardOneMaterial() {
		Response uploaded = http.postFile("applicant", "/api/materials", "会议纪要.pdf", PDF);
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		assertMatrix(uploaded.header("Location"));
	}

	@Test
	void shouldGuardMaterialUpload() {
		assertUnauthorized(http.postFile(null, "/api/materials", "a.pdf", PDF));
		assertForbidden(http.postFile("admin", "/api/materials", "a.pdf", PDF), "FORBIDDEN_GROUP");
		assertForbidden(http.postFile(Fixtures.NO_GROUP_USER, "/api/materials", "a.pdf", PDF), "FORBIDDEN_GROUP");
		assertForbidden(http.postFile("applicant2", "/api/materials?unit=" + DemoUnits.BUREAU, "a.pdf", PDF),
				"FORBIDDEN_UNIT");
		for (String user : new String[] { "applicant", "leader", "office", "city" }) {
			assertThat(http.postFile(user, "/api/materials", "a.pdf", PDF).status()).as(user).isEqualTo(201);
		}
	}

	@Test
	void shouldListOnlyTheAccountsAndWebsitesOfTheCallersUnit() {
		for (String list : new String[] { "/api/new-media/accounts", "/api/websites" }) {
			assertUnauthorized(http.get(null, list));
			assertThat(http.get("applicant", list).json().findValuesAsText("hostUnitCode")).isNotEmpty()
				.containsOnly(DemoUnits.BUREAU);
			assertThat(http.get("applicant2", list).json().findValuesAsText("hostUnitCode"))
				.doesNotContain(DemoUnits.BUREAU);
			assertThat(http.get(Fixtures.NO_GROUP_USER, list).json()).isEmpty();
			assertThat(http.get("office", list).json().findValuesAsText("hostUnitCode")).contains(DemoUnits.BUREAU);
		}
	}

	@Test
	void shouldLetEveryAuthenticatedUserCountWorkingDays() {
		String path = "/api/calendar/working-days?from=2026-09-18&days=15";
		assertUnauthorized(http.get(null, path));
		for (String user : new String[] { "applicant", "leader2", "office", "city", "admin", Fixtures.NO_GROUP_USER }) {
			assertThat(http.get(user, path).status()).as(user).isEqualTo(200);
		}
	}

	@Test
	void shouldProtectEngineRestAndApplyCamundaAuthorizations() {
		assertUnauthorized(http.get(null, "/engine-rest/task"));
		assertUnauthorized(http.get(null, "/engine-rest/process-definition"));
		// authorization is on: a user without grants sees no definitions, an applicant sees them
		assertThat(http.get(Fixtures.NO_GROUP_USER, "/engine-rest/process-definition").json()).isEmpty();
		assertThat(http.get("applicant", "/engine-rest/process-definition").json()).isNotEmpty();
		// starting needs CREATE_INSTANCE, which unit leaders do not have; an applicant may start, and the
		// process's own checks refuse the empty filing
		String start = "/engine-rest/process-definition/key/new-media-opening/start";
		assertThat(http.postJson("leader", start, "{}").status()).isEqualTo(403);
		Response empty = http.postJson("applicant", start, "{}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.text()).contains("INVALID_VALUE");
	}

	@Test
	void shouldKeepApiDocsAndActuatorDetailsForSignedInUsers() {
		assertUnauthorized(http.get(null, "/v3/api-docs"));
		assertThat(http.get("applicant", "/v3/api-docs").status()).isEqualTo(200);
		assertThat(http.get(null, "/actuator/health").status()).isEqualTo(200);
		assertUnauthorized(http.get(null, "/actuator/info"));
		assertForbidden(http.get("applicant", "/actuator/info"), "FORBIDDEN");
		assertThat(http.get("admin", "/actuator/info").status()).isEqualTo(200);
	}

	@Nested
	class Credentials {

		@Test
		void shouldRefuseAWrongPasswordAndLockTheUserBriefly() {
			// a user of its own: Camunda locks a user for seconds after a failed login
			fixtures.ensureUser("lockout-test", Groups.APPLICANTS);
			assertUnauthorized(basic("lockout-test:wrong"));
			assertUnauthorized(basic("lockout-test:demo"));
		}

		@Test
		void shouldRefuseAnUnknownUser() {
			assertUnauthorized(basic("nobody:demo"));
		}

		private Response basic(String credentials) {
			return http.send(null, "GET", "/api/new-media/accounts", null, null, Map.of("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
		}

	}

	/** anonymous → 401, no group → 403, other unit → 403, own unit and approvers → 200. */
	private void assertMatrix(String path) {
		assertUnauthorized(http.get(null, path));
		assertForbidden(http.get(Fixtures.NO_GROUP_USER, path), "FORBIDDEN_UNIT");
		assertForbidden(http.get("applicant2", path), "FORBIDDEN_UNIT");
		assertForbidden(http.get("leader2", path), "FORBIDDEN_UNIT");
		for (String user : new String[] { "applicant", "leader", "office", "city", "admin" }) {
			assertThat(http.get(user, path).status()).as(user + " " + path).isEqualTo(200);
		}
	}

	static void assertUnauthorized(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(401);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
		assertThat(response.violationCodes()).containsExactly("AUTHENTICATION_REQUIRED");
	}

	static void assertForbidden(Response response, String code) {
		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("detail").asText()).isNotBlank();
		assertThat(response.violationCodes()).containsExactly(code);
	}

}

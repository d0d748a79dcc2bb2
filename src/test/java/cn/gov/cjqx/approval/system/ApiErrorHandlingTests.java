package cn.gov.cjqx.approval.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/** Bad input of every kind answers 400 problem+json with a Chinese detail and violations, never 500. */
@IntegrationTest
class ApiErrorHandlingTests {

	static final String PROBE = "/api/test-probe";

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	TestHttp http;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
	}

	@Test
	void shouldAcceptAValidBody() {
		Response response = http.postJson("applicant", PROBE,
				"{\"title\":\"标题\",\"colour\":\"RED\",\"count\":1,\"day\":\"2026-10-16\",\"items\":[{\"name\":\"a\"}]}");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	@Test
	void shouldAnswerMalformedJson() {
		Response response = assertBadRequest(http.postJson("applicant", PROBE, "{\"title\": "), "MALFORMED_JSON");
		assertThat(response.json().path("detail").asText()).isEqualTo("请求体不是有效的 JSON");
	}

	@Test
	void shouldAnswerAMissingBody() {
		assertBadRequest(http.postJson("applicant", PROBE, ""), "MALFORMED_JSON");
	}

	@Test
	void shouldNameTheFieldOfAWrongType() {
		Response response = assertBadRequest(
				http.postJson("applicant", PROBE, "{\"title\":\"t\",\"colour\":\"RED\",\"count\":\"many\"}"),
				"INVALID_TYPE");
		assertThat(response.json().path("violations").get(0).path("field").asText()).isEqualTo("count");
	}

	@Test
	void shouldListTheAllowedValuesOfAnUnknownEnumValue() {
		Response response = assertBadRequest(http.postJson("applicant", PROBE, "{\"title\":\"t\",\"colour\":\"BLUE\"}"),
				"INVALID_VALUE");
		assertThat(response.json().path("violations").get(0).path("field").asText()).isEqualTo("colour");
		assertThat(response.json().path("detail").asText()).contains("BLUE").contains("RED").contains("GREEN");
	}

	@Test
	void shouldRefuseEnumOrdinals() {
		assertBadRequest(http.postJson("applicant", PROBE, "{\"title\":\"t\",\"colour\":0}"), "INVALID_VALUE");
	}

	@Test
	void shouldRefuseAnUnknownField() {
		Response response = assertBadRequest(
				http.postJson("applicant", PROBE, "{\"title\":\"t\",\"colour\":\"RED\",\"isAdmin\":true}"),
				"UNKNOWN_FIELD");
		assertThat(response.json().path("detail").asText()).contains("isAdmin");
	}

	@Test
	void shouldAnswerAnInvalidDate() {
		Response response = assertBadRequest(
				http.postJson("applicant", PROBE, "{\"title\":\"t\",\"colour\":\"RED\",\"day\":\"2026-02-30\"}"),
				"INVALID_TYPE");
		assertThat(response.json().path("violations").get(0).path("field").asText()).isEqualTo("day");
	}

	@Test
	void shouldListEveryMissingAndInvalidFieldInChinese() {
		Response response = http.postJson("applicant", PROBE,
				"{\"title\":\"一二三四五六七八九十十一\",\"items\":[{\"name\":\" \"}]}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().findValuesAsText("field")).containsExactlyInAnyOrder("title", "colour",
				"items[0].name");
		assertThat(response.json().findValuesAsText("message")).contains("颜色不能为空", "标题不能超过 10 个字", "名称不能为空");
	}

	@Test
	void shouldAnswerAnUnsupportedContentType() {
		Response response = http.send("applicant", "POST", PROBE, "text/plain", "hello".getBytes(), java.util.Map.of());
		assertThat(response.status()).isEqualTo(415);
		assertThat(response.violationCodes()).containsExactly("UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void shouldAnswerAnUnknownPathAndAWrongMethod() {
		assertThat(http.get("applicant", "/api/no-such-thing").status()).isEqualTo(404);
		Response wrongMethod = http.get("applicant", PROBE);
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void shouldAnswerBadQueryParameters() {
		assertBadRequest(http.get("applicant", "/api/calendar/working-days?from=2026-13-01&days=15"), "INVALID_TYPE");
		assertBadRequest(http.get("applicant", "/api/calendar/working-days?from=2026-10-01"), "MISSING_FIELD");
		assertBadRequest(http.get("applicant", "/api/calendar/working-days?from=2026-10-01&days=0"), "INVALID_VALUE");
	}

	@Test
	void shouldRefuseAMemberThatOccursTwice() {
		Response response = assertBadRequest(
				http.postJson("applicant", PROBE, "{\"title\":\"a\",\"title\":\"b\",\"colour\":\"RED\"}"),
				"DUPLICATE_FIELD");
		assertThat(response.json().path("violations").get(0).path("field").asText()).isEqualTo("title");
		assertThat(response.json().path("detail").asText()).contains("title").contains("重复");
		assertBadRequest(http.postJson("applicant", PROBE,
				"{\"title\":\"t\",\"colour\":\"RED\",\"items\":[{\"name\":\"a\",\"name\":\"b\"}]}"),
				"DUPLICATE_FIELD");
	}

	@Test
	void shouldRefuseADuplicateKindOfAClosureBeforeAnythingElse() {
		// without duplicate detection the last kind wins and the missing description is all that is reported
		TestUnit unit = scenario.newUnit();
		String closures = "/api/new-media/accounts/" + scenario.giveActiveAccount(unit) + "/closures";
		Response response = assertBadRequest(http.postJson(unit.applicant(), closures,
				"{\"kind\":\"SHUT_DOWN\",\"kind\":\"DEREGISTRATION\",\"reason\":\"NO_UPDATES\"}"),
				"DUPLICATE_FIELD");
		assertThat(response.json().path("violations").get(0).path("field").asText()).isEqualTo("kind");
	}

	@Test
	void shouldRefuseAnIdempotencyKeyOfUtf8Bytes() {
		// "键-1" as a client writes it: UTF-8 bytes, which the server reads as ISO-8859-1 (with a control character)
		Response response = assertBadRequest(startClosureWithKey("键-1".getBytes(StandardCharsets.UTF_8)),
				"INVALID_VALUE");
		assertThat(response.json().path("violations").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
		assertThat(response.json().path("detail").asText()).contains("ASCII");
	}

	@Test
	void shouldRefuseAnIdempotencyKeyWithLatinLetters() {
		Response response = assertBadRequest(startClosureWithKey("clé-1".getBytes(StandardCharsets.ISO_8859_1)),
				"INVALID_VALUE");
		assertThat(response.json().path("violations").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
	}

	@Test
	void shouldAnswerAHeaderRefusedBeforeAnyControllerAsProblem() {
		Response response = http.sendWithRawHeader(null, "GET", "/api/procedures/none", null, null, "Authorization",
				new byte[] { 'B', 'a', 's', 'i', 'c', ' ', (byte) 0x94 });
		assertBadRequest(response, "INVALID_VALUE");
		assertThat(response.json().path("detail").asText()).contains("不允许的字符");
	}

	@Test
	void shouldRefuseDatesOutsideTheCalendarsYears() {
		for (String from : List.of("%2B999999999-12-31", "-999999999-01-01", "1899-12-31", "2201-01-01")) {
			Response response = assertBadRequest(
					http.get("applicant", "/api/calendar/working-days?from=" + from + "&days=15"), "INVALID_VALUE");
			assertThat(response.json().path("detail").asText()).as(from).contains("1900-01-01").contains("2200-12-31");
		}
		assertThat(http.get("applicant", "/api/calendar/working-days?from=2200-12-31&days=366").status()).isEqualTo(200);
		assertBadRequest(http.get("applicant", "/api/calendar/working-days?from=2026-10-01&days=367"), "INVALID_VALUE");
		assertBadRequest(http.get("applicant", "/api/calendar/working-days?from=2026-10-01&days=99999999999"),
				"INVALID_TYPE");
	}

	/**
	 * A valid closure of a fresh account, refused for its key alone. The account is the test's own, so that a key
	 * let through (and a closure started) cannot disturb any other test.
	 */
	private Response startClosureWithKey(byte[] key) {
		TestUnit unit = scenario.newUnit();
		long accountId = scenario.giveActiveAccount(unit);
		return http.sendWithRawHeader(unit.applicant(), "POST", "/api/new-media/accounts/" + accountId + "/closures",
				"application/json",
				"{\"kind\":\"SHUT_DOWN\",\"reason\":\"NO_UPDATES\",\"description\":\"不再更新\"}"
					.getBytes(StandardCharsets.UTF_8),
				"Idempotency-Key", key);
	}

	private static Response assertBadRequest(Response response, String code) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("title").asText()).isEqualTo("请求无效");
		assertThat(response.violationCodes()).contains(code);
		return response;
	}

}

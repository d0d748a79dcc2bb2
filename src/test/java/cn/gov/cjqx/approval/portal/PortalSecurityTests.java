package cn.gov.cjqx.approval.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;

/**
 * The portal's door, tried as a browser and as another site would: sign-in by form, a session whose writes to /api
 * need the page's CSRF token, pages for the people of a unit only.
 */
@IntegrationTest
class PortalSecurityTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	JdbcTemplate jdbc;

	HttpClient browser;

	@BeforeEach
	void newBrowser() {
		browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void shouldSendAVisitorWithoutSessionToTheLoginPage() throws Exception {
		HttpResponse<String> page = get("/portal");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portal/login"));
		assertThat(get("/portal/login").body()).contains("用户名").contains("密码").contains("登录");
	}

	@Test
	void shouldRefuseAWrongPasswordWithAChineseMessage() throws Exception {
		// a user of its own: Camunda delays the next sign-in of a user after a wrong password
		TestUnit unit = scenario.newUnit();
		HttpResponse<String> refused = logIn(unit.applicant(), "wrong");
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portal/login?error"));
		assertThat(get("/portal/login?error").body()).contains("用户名或密码错误");
		assertThat(get("/portal").statusCode()).isEqualTo(302);
	}

	@Test
	void shouldNeedThePagesCsrfTokenForAWriteOnThePortalSessionAndChangeNothingWithout() throws Exception {
		TestUnit unit = scenario.newUnit();
		logIn(unit.applicant(), "demo");
		String token = token(get("/portal/new/opening").body());
		String filing = scenario.validFiling(unit).toString();
		int before = procedures();

		HttpResponse<String> forged = post("/api/new-media/openings", filing, null);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("CSRF_TOKEN").contains("页面已过期");
		HttpResponse<String> wrong = post("/api/new-media/openings", filing, "x" + token);
		assertThat(wrong.statusCode()).isEqualTo(403);
		assertThat(procedures()).isEqualTo(before);

		HttpResponse<String> filed = post("/api/new-media/openings", filing, token);
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		assertThat(procedures()).isEqualTo(before + 1);
	}

	@Test
	void shouldRefuseTheOfficesAndAnotherUnitsFilingsWithChineseReasons() throws Exception {
		logIn("office", "demo");
		HttpResponse<String> office = get("/portal");
		assertThat(office.statusCode()).isEqualTo(403);
		assertThat(office.body()).contains("办事入口供各单位经办人和单位领导使用");

		newBrowser();
		TestUnit unit = scenario.newUnit();
		TestUnit other = scenario.newUnit();
		logIn(unit.applicant(), "demo");
		String token = token(get("/portal/new/opening").body());
		HttpResponse<String> foreign = post("/api/new-media/openings", scenario.validFiling(other).toString(), token);
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).contains("FORBIDDEN_UNIT");
		assertThat(get("/portal/new/opening").body()).contains(unit.fullName()).doesNotContain(other.fullName());
	}

	@Test
	void shouldEndTheSessionOnLogout() throws Exception {
		logIn(scenario.newUnit().applicant(), "demo");
		String token = token(get("/portal").body());
		HttpResponse<String> out = send(HttpRequest.newBuilder(uri("/portal/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
		assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portal/login?logout"));
		assertThat(get("/portal").statusCode()).isEqualTo(302);
		assertThat(get("/api/new-media/accounts").statusCode()).isEqualTo(401);
	}

	private int procedures() {
		return jdbc.queryForObject("select count(*) from app_procedure", Integer.class);
	}

	private HttpResponse<String> logIn(String user, String password) throws Exception {
		String token = token(get("/portal/login").body());
		return send(HttpRequest.newBuilder(uri("/portal/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8))));
	}

	private static String token(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("the page's CSRF token").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	private HttpResponse<String> post(String path, String json, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("X-CSRF-TOKEN", token);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}

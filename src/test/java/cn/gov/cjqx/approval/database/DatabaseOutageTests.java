package cn.gov.cjqx.approval.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.TasklistSession;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * While no connection can be had (every connection of the pool taken, as when the database is gone: requests then
 * wait the pool's connection-timeout, 3 s), every door answers 503 problem+json with Retry-After and a Chinese
 * message — the HTTP Basic check of /api and /engine-rest, the Tasklist login and Tasklist's engine API —, health
 * answers at once, nothing is written, and all answer normally again once connections are back. The fault suite
 * (faults/) does the same with PostgreSQL really stopped.
 */
@IntegrationTest
class DatabaseOutageTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void shouldAnswer503WithRetryAfterOnEveryPathWhileNoConnectionCanBeHadAndRecover() throws Exception {
		TestHttp http = new TestHttp(port);
		TasklistSession office = TasklistSession.logIn(port, "office");
		TasklistSession loginPage = TasklistSession.atLoginPage(port);
		int procedures = jdbc.queryForObject("select count(*) from app_procedure", Integer.class);
		String opening = "{\"platform\":\"WEIBO\",\"accountName\":\"停机测试\"}";

		List<Callable<Answer>> doors = List.of(
				timed("GET /api as applicant (HTTP Basic)", () -> http.get("applicant", "/api/new-media/accounts")),
				timed("GET /engine-rest as office (HTTP Basic)", () -> http.get("office", "/engine-rest/task/count")),
				timed("POST /api opening", () -> http.postJson("applicant2", "/api/new-media/openings", opening)),
				timed("GET /api/notices (public)", () -> http.get(null, "/api/notices")),
				timed("Tasklist login", () -> loginPage.tryLogIn("leader")),
				timed("Tasklist's engine API",
						() -> office.send(office.request("/camunda/api/engine/engine/default/task/count"))));

		List<Answer> answers = new ArrayList<>();
		Answer health;
		List<Connection> taken = takeEveryConnection();
		ExecutorService clients = Executors.newFixedThreadPool(doors.size());
		try {
			List<Future<Answer>> pending = clients.invokeAll(doors);
			health = timed("health", () -> http.get(null, "/actuator/health")).call();
			for (Future<Answer> answer : pending) {
				answers.add(answer.get());
			}
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
			clients.shutdown();
		}

		for (Answer answer : answers) {
			assertThat(answer.status).as(answer.toString()).isEqualTo(503);
			assertThat(answer.retryAfter).as(answer.toString()).isEqualTo("10");
			JsonNode body = json.readTree(answer.body);
			if (answer.door.startsWith("Tasklist")) {
				// the webapps' scripts show Camunda's {type, message} to the person: the Chinese alone, the code beside
				assertThat(body.path("message").asText()).as(answer.toString()).isEqualTo("数据库暂时不可用，请稍后重试");
				assertThat(body.path("code").asText()).as(answer.toString()).isEqualTo("DATABASE_UNAVAILABLE");
			}
			else {
				assertThat(answer.contentType).as(answer.toString()).startsWith("application/problem+json");
				assertThat(body.path("violations").path(0).path("code").asText()).as(answer.toString())
					.isEqualTo("DATABASE_UNAVAILABLE");
				assertThat(body.path("detail").asText()).as(answer.toString()).isEqualTo("数据库暂时不可用，请稍后重试");
			}
			// the pool's wait (3 s) and no more: nothing hangs for the 30 s of the pool's default
			assertThat(answer.took).as(answer.toString()).isLessThan(Duration.ofSeconds(6));
		}
		// the database itself still answers (health asks on a connection of its own): a full pool is a 503 for the
		// requests, not a reason for a load balancer to take the node out; DatabaseHealthTests and the fault suite
		// show DOWN when the database is really gone
		assertThat(health.status).as(health.toString()).isEqualTo(200);
		assertThat(health.took).as(health.toString()).isLessThan(Duration.ofMillis(1500));

		assertThat(jdbc.queryForObject("select count(*) from app_procedure", Integer.class)).isEqualTo(procedures);
		assertThat(http.get("applicant", "/api/new-media/accounts").status()).isEqualTo(200);
		assertThat(http.get(null, "/actuator/health").status()).isEqualTo(200);
		assertThat(loginPage.tryLogIn("leader").statusCode()).isEqualTo(200);
	}

	/** Every connection of the pool, held by the test: whoever else asks waits the pool's timeout and gets none. */
	private List<Connection> takeEveryConnection() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		List<Connection> taken = new ArrayList<>();
		while (taken.size() < pool.getMaximumPoolSize()) {
			taken.add(pool.getConnection());
		}
		return taken;
	}

	/** Sends a request and notes how long its answer took. */
	private static Callable<Answer> timed(String door, Callable<?> request) {
		return () -> {
			long started = System.nanoTime();
			Object response = request.call();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			if (response instanceof HttpResponse<?> browser) {
				return new Answer(door, browser.statusCode(), browser.headers().firstValue("Content-Type").orElse(""),
						browser.headers().firstValue("Retry-After").orElse(null), String.valueOf(browser.body()), took);
			}
			Response api = (Response) response;
			return new Answer(door, api.status(), api.header("Content-Type"), api.header("Retry-After"), api.text(),
					took);
		};
	}

	record Answer(String door, int status, String contentType, String retryAfter, String body, Duration took) {

		@Override
		public String toString() {
			return door + " → " + status + " " + contentType + " Retry-After " + retryAfter + " in " + took.toMillis()
					+ " ms: " + body;
		}

	}

}

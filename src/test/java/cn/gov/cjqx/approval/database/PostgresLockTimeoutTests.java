package cn.gov.cjqx.approval.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * On PostgreSQL (whose lock_timeout is 0, wait for ever, unless set): a unit's row held FOR UPDATE by someone else —
 * a stuck session, an operator's psql — makes an opening of that unit answer 503 BUSY_RETRY within the configured
 * lock_timeout (3 s), without holding its connection any longer; other requests and the health check are not slowed.
 * Once the lock is gone the same filing goes through. (H2 has its own LOCK_TIMEOUT in the URL.)
 */
@IntegrationTest
class PostgresLockTimeoutTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	OpeningScenario scenario;

	@BeforeEach
	void onPostgresOnly() throws Exception {
		PostgresOnly.assume(dataSource, "lock_timeout is PostgreSQL's");
	}

	@Test
	void shouldAnswer503WithinTheLockTimeoutWhileAUnitIsLockedAndLeaveOtherRequestsAlone() throws Exception {
		TestHttp http = new TestHttp(port);
		TestUnit unit = scenario.newUnit();
		String filing = scenario.validFiling(unit).toString();

		Response refused;
		Duration refusedAfter;
		Response other;
		Duration otherAfter;
		try (Connection holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder.prepareStatement("select id from unit where code = ? for update")) {
				lock.setString(1, unit.code());
				lock.executeQuery().close();
			}
			long started = System.nanoTime();
			CompletableFuture<Response> opening = CompletableFuture
				.supplyAsync(() -> http.postJson(unit.applicant(), "/api/new-media/openings", filing));
			long otherStarted = System.nanoTime();
			other = http.get("applicant", "/api/new-media/accounts");
			otherAfter = Duration.ofNanos(System.nanoTime() - otherStarted);
			assertThat(http.get(null, "/actuator/health").status()).isEqualTo(200);
			refused = opening.get();
			refusedAfter = Duration.ofNanos(System.nanoTime() - started);
			holder.rollback();
		}

		assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.header("Retry-After")).isEqualTo("5");
		assertThat(refused.violationCodes()).containsExactly("BUSY_RETRY");
		assertThat(refused.json().path("detail").asText()).isEqualTo("系统繁忙，请稍后重试（本次请求未产生任何变更）");
		assertThat(refusedAfter).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(7));
		assertThat(other.status()).isEqualTo(200);
		assertThat(otherAfter).isLessThan(Duration.ofSeconds(2));

		Response accepted = http.postJson(unit.applicant(), "/api/new-media/openings", filing);
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
	}

}

package cn.gov.cjqx.approval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * Wrong passwords lock a user out for a while (3 s after the first, doubling up to 60 s), never for good: not even
 * fifteen of them, each counted, lock out the only administrator. The engine's clock is moved instead of waiting.
 */
@IntegrationTest
class LoginLockoutTests {

	/** Needs a signed-in user and nothing else. */
	static final String PROBE = "/api/calendar/working-days?from=2026-10-01&days=1";

	static final Duration LONGEST_DELAY = Duration.ofSeconds(60);

	static final String PROBE_USER = "lockout-probe";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	TestHttp http;

	Instant now;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
		now = Instant.now();
		ClockUtil.setCurrentTime(Date.from(now));
	}

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		identityService.unlockUser("admin");
		identityService.deleteUser(PROBE_USER);
	}

	@Test
	void shouldNeverLockTheAdministratorForGood() {
		for (int i = 1; i <= 15; i++) {
			later(LONGEST_DELAY.plusSeconds(1)); // past the lock of the previous failure: every failure counts
			assertThat(signIn("admin", "wrong-" + i).status()).isEqualTo(401);
		}
		assertThat(attemptsOf("admin")).as("failed logins counted").isEqualTo(15);

		Response locked = signIn("admin", "admin");
		assertThat(locked.status()).as("the right password within the delay").isEqualTo(401);
		assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
		later(LONGEST_DELAY.minusSeconds(1));
		assertThat(signIn("admin", "admin").status()).as("one second before the delay ends").isEqualTo(401);
		later(Duration.ofSeconds(1));

		Response unlocked = signIn("admin", "admin");
		assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
		assertThat(attemptsOf("admin")).isZero();
	}

	@Test
	void shouldLockForThreeSecondsAfterTheFirstWrongPasswordAndSixAfterTheSecond() {
		createProbeUser();
		assertThat(signIn(PROBE_USER, "wrong").status()).isEqualTo(401);
		assertThat(signIn(PROBE_USER, "wrong again").status()).as("not counted: the lock runs").isEqualTo(401);
		assertThat(signIn(PROBE_USER, "secret-1").status()).as("the right password within the lock").isEqualTo(401);
		later(Duration.ofSeconds(3));
		assertThat(signIn(PROBE_USER, "wrong").status()).isEqualTo(401);
		assertThat(attemptsOf(PROBE_USER)).isEqualTo(2);
		later(Duration.ofSeconds(5));
		assertThat(signIn(PROBE_USER, "secret-1").status()).isEqualTo(401);
		later(Duration.ofSeconds(1));
		assertThat(signIn(PROBE_USER, "secret-1").status()).isEqualTo(200);
	}

	@Test
	void shouldLetAnAdministratorUnlockAUserAtOnce() {
		createProbeUser();
		assertThat(signIn(PROBE_USER, "wrong").status()).isEqualTo(401);
		assertThat(signIn(PROBE_USER, "secret-1").status()).isEqualTo(401);

		String unlock = "/engine-rest/user/" + PROBE_USER + "/unlock";
		assertThat(http.send("applicant", "POST", unlock, null, null, Map.of()).status()).isEqualTo(403);
		Response unlocked = http.send("admin", "POST", unlock, null, null, Map.of());
		assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(204);

		assertThat(signIn(PROBE_USER, "secret-1").status()).isEqualTo(200);
	}

	private Response signIn(String user, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return http.send(null, "GET", PROBE, null, null, Map.of("Authorization", "Basic " + credentials));
	}

	private void later(Duration duration) {
		now = now.plus(duration);
		ClockUtil.setCurrentTime(Date.from(now));
	}

	private int attemptsOf(String userId) {
		return ((UserEntity) identityService.createUserQuery().userId(userId).singleResult()).getAttempts();
	}

	private void createProbeUser() {
		User user = identityService.newUser(PROBE_USER);
		user.setPassword("secret-1");
		identityService.saveUser(user);
	}

}

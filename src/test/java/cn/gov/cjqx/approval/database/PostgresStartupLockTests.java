package cn.gov.cjqx.approval.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.cjqx.approval.support.IntegrationTest;

/**
 * Two nodes starting on one PostgreSQL database set it up one after the other: the second waits at the start-up lock
 * until the first is ready. (The fault suite starts two real nodes together on an empty database.)
 */
@IntegrationTest
class PostgresStartupLockTests {

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void onPostgresOnly() throws Exception {
		PostgresOnly.assume(dataSource, "the start-up lock is PostgreSQL's");
	}

	@Test
	void shouldMakeASecondNodeWaitUntilTheFirstIsReady() throws Exception {
		StartupLock first = new StartupLock(dataSource, Duration.ofMinutes(1));
		StartupLock second = new StartupLock(dataSource, Duration.ofMinutes(1));
		first.acquire();
		CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
			try {
				second.acquire();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		try {
			assertThat(waiting).as("the second node waits while the first sets up")
				.failsWithin(Duration.ofSeconds(2))
				.withThrowableOfType(TimeoutException.class);
		}
		finally {
			first.release();
		}
		waiting.get(10, TimeUnit.SECONDS);
		second.release();
	}

	@Test
	void shouldGiveUpWithAClearMessageWhenTheOtherNodeNeverFinishes() throws Exception {
		StartupLock first = new StartupLock(dataSource, Duration.ofMinutes(1));
		StartupLock impatient = new StartupLock(dataSource, Duration.ofMillis(500));
		first.acquire();
		try {
			assertThatThrownBy(impatient::acquire)
				.hasMessageContaining("启动锁等待超时")
				.hasMessageContaining("app.cluster.startup-lock-wait");
		}
		finally {
			first.release();
		}
	}

}

package cn.gov.cjqx.approval.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** The health check answers within its budget whether the database answers, hangs or is gone. */
class DatabaseHealthTests {

	@Test
	void shouldBeUpWhenTheDatabaseAnswers() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:health-up");
		DatabaseHealth health = new DatabaseHealth(h2, Duration.ofMillis(800));
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		health.destroy();
	}

	@Test
	void shouldBeDownWithinItsBudgetWhileTheDatabaseHangsAndNotQueueBehindTheHungCheck() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		DataSource hanging = hangingDataSource(release);
		DatabaseHealth health = new DatabaseHealth(hanging, Duration.ofMillis(300));
		try {
			long started = System.nanoTime();
			assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
			// the first check still waits for its connection: the next ones do not wait for it
			assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.health().getDetails()).containsEntry("reason", "上一次数据库检查仍未返回");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
		}
		finally {
			release.countDown();
			health.destroy();
		}
	}

	@Test
	void shouldBeDownWhenNoConnectionCanBeHad() {
		DataSource gone = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					throw new SQLTransientConnectionException("Connection is not available");
				});
		DatabaseHealth health = new DatabaseHealth(gone, Duration.ofMillis(800));
		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
		health.destroy();
	}

	private DataSource hangingDataSource(CountDownLatch release) {
		return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> {
					if (method.getName().equals("getConnection")) {
						release.await(10, TimeUnit.SECONDS);
						throw new SQLTransientConnectionException("timed out");
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

}

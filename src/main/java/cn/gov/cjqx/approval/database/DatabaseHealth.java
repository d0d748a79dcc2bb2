package cn.gov.cjqx.approval.database;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health} ("db"), answered within a budget (default 800 ms) even when the
 * database hangs or is gone: the check runs on one thread of its own, and a check still waiting for a connection
 * makes the next ones answer DOWN at once instead of queueing behind it. Replaces Spring Boot's own check
 * ({@code management.health.db.enabled: false}), which waits as long as the pool does.
 */
@Component("db")
class DatabaseHealth implements HealthIndicator, DisposableBean {

	private final DataSource dataSource;

	private final Duration budget;

	private final ExecutorService checker = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
			new SynchronousQueue<>(), runnable -> {
				Thread thread = new Thread(runnable, "database-health");
				thread.setDaemon(true);
				return thread;
			});

	DatabaseHealth(DataSource dataSource, @Value("${app.health.database-budget:800ms}") Duration budget) {
		this.dataSource = dataSource;
		this.budget = budget;
	}

	@Override
	public Health health() {
		Future<Boolean> check;
		try {
			check = checker.submit(this::valid);
		}
		catch (RejectedExecutionException stillWaiting) {
			return down("上一次数据库检查仍未返回");
		}
		try {
			return check.get(budget.toMillis(), TimeUnit.MILLISECONDS) ? Health.up().build()
					: down("数据库连接无效");
		}
		catch (TimeoutException e) {
			return down("数据库在 " + budget.toMillis() + " ms 内未响应");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return down("检查被中断");
		}
		catch (Exception e) {
			return down("数据库不可用");
		}
	}

	private boolean valid() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			return connection.isValid(1);
		}
	}

	private static Health down(String reason) {
		return Health.down().withDetail("reason", reason).build();
	}

	@Override
	public void destroy() {
		checker.shutdownNow();
	}

}

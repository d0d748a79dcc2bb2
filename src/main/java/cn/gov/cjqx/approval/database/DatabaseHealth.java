package cn.gov.cjqx.approval.database;

import java.sql.Connection;
import java.sql.SQLException;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health} ("db"), answered within a budget (default 800 ms) even when the
 * database hangs or is gone: the check runs on one thread of its own, and a check still waiting makes the next ones
 * answer DOWN at once instead of queueing behind it. It asks on a connection of its own, outside the pool, so it tells
 * whether the database answers, not whether the pool has a free connection: requests queueing for one locked row fill
 * the pool, but a load balancer should not take the node out for that. Replaces Spring Boot's own check
 * ({@code management.health.db.enabled: false}), which waits as long as the pool does.
 */
@Component("db")
class DatabaseHealth implements HealthIndicator, DisposableBean {

	private final DataSource database;

	private final Duration budget;

	private final ExecutorService checker = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
			new SynchronousQueue<>(), runnable -> {
				Thread thread = new Thread(runnable, "database-health");
				thread.setDaemon(true);
				return thread;
			});

	/** Used by the checker's thread only. */
	private Connection connection;

	@Autowired
	DatabaseHealth(DataSourceProperties properties, @Value("${app.health.database-budget:800ms}") Duration budget) {
		this(properties.initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build(), budget);
	}

	/** {@code database} hands out a new, unpooled connection on each call. */
	DatabaseHealth(DataSource database, Duration budget) {
		this.database = database;
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

	private boolean valid() throws SQLException {
		if (connection != null && connection.isValid(1)) {
			return true;
		}
		closeConnection();
		connection = database.getConnection();
		return connection.isValid(1);
	}

	private void closeConnection() {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException alreadyBroken) {
				// a connection the database dropped: nothing to close
			}
			connection = null;
		}
	}

	private static Health down(String reason) {
		return Health.down().withDetail("reason", reason).build();
	}

	@Override
	public void destroy() {
		checker.shutdownNow();
		try {
			checker.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		closeConnection();
	}

}

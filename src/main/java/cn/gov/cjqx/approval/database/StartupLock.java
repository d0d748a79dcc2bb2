package cn.gov.cjqx.approval.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes that start together on one PostgreSQL database set it up one after another: the first takes a session-level
 * advisory lock before the migrations and holds it until it is ready (migrations, the engine's bootstrap, deployments,
 * role groups and authorizations, Tasklist filters, the administrator, demo data, the holiday recount); the next waits
 * for it, then finds everything in place. Every set-up step checks before it writes, so with the lock they never race.
 * H2 is embedded in one process and needs no lock.
 */
@Component
class StartupLock implements DisposableBean {

	/** "govmedia" in ASCII: the key of the advisory lock. */
	static final long KEY = 0x676f766d65646961L;

	/** PostgreSQL's SQLSTATE when lock_timeout ran out. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

	private final DataSource dataSource;

	private final Duration wait;

	private Connection held;

	StartupLock(DataSource dataSource, @Value("${app.cluster.startup-lock-wait:5m}") Duration wait) {
		this.dataSource = dataSource;
		this.wait = wait;
	}

	synchronized void acquire() throws SQLException {
		if (held != null) {
			return;
		}
		Connection connection = dataSource.getConnection();
		if (!CamundaSchemaMigration.databaseType(connection).equals("postgres")) {
			connection.close();
			return;
		}
		try (Statement statement = connection.createStatement()) {
			// this one connection waits longer than the application's own lock_timeout
			statement.execute("set lock_timeout = " + wait.toMillis());
			statement.execute("set statement_timeout = 0");
			if (!locked(statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")"))) {
				log.info("Another node is starting on this database; waiting for it (at most {})", wait);
				statement.execute("select pg_advisory_lock(" + KEY + ")");
			}
			held = connection;
		}
		catch (SQLException e) {
			try {
				resetAndClose(connection);
			}
			catch (SQLException closing) {
				e.addSuppressed(closing);
			}
			if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
				throw e;
			}
			throw new IllegalStateException("启动锁等待超时：另一节点在 " + wait + " 内未完成启动 / another node held the start-up"
					+ " lock longer than app.cluster.startup-lock-wait", e);
		}
	}

	private static boolean locked(ResultSet result) throws SQLException {
		try (result) {
			return result.next() && result.getBoolean(1);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void release() throws SQLException {
		if (held == null) {
			return;
		}
		try (Statement statement = held.createStatement()) {
			statement.execute("select pg_advisory_unlock(" + KEY + ")");
		}
		finally {
			resetAndClose(held);
			held = null;
		}
	}

	/** Back to the pool with the application's own timeouts. */
	private static void resetAndClose(Connection connection) throws SQLException {
		try (connection; Statement statement = connection.createStatement()) {
			statement.execute("reset lock_timeout");
			statement.execute("reset statement_timeout");
		}
	}

	@Override
	public void destroy() throws SQLException {
		release();
	}

}

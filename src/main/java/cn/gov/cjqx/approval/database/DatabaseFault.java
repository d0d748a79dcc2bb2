package cn.gov.cjqx.approval.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The two ways the database can fail a request that the client should simply retry: it cannot be reached (no
 * connection within the pool's wait, connection refused or lost, the server shutting down), or it is busy (a lock not
 * granted within lock_timeout, a statement cancelled by statement_timeout, a deadlock). Both answer 503 with
 * Retry-After and a Chinese message, on every path (README, Running several nodes).
 */
public enum DatabaseFault {

	UNAVAILABLE("DATABASE_UNAVAILABLE", "数据库暂时不可用，请稍后重试", 10),

	BUSY("BUSY_RETRY", "系统繁忙，请稍后重试（本次请求未产生任何变更）", 5);

	/** SQLSTATEs of a server that is going away or not accepting connections (PostgreSQL, class 57). */
	private static final Set<String> SHUTTING_DOWN = Set.of("57P01", "57P02", "57P03");

	/**
	 * HikariCP's answer on a connection it has already evicted as broken, e.g. when the transaction is rolled back
	 * after the server ended the session (this SQLException has no SQLSTATE).
	 */
	private static final String EVICTED_CONNECTION = "Connection is closed";

	/** lock_not_available (lock_timeout), query_canceled (statement_timeout), deadlock, H2's lock timeout. */
	private static final Set<String> LOCK_OR_TIMEOUT = Set.of("55P03", "57014", "40P01", "HYT00", "40001");

	private final String code;

	private final String message;

	private final int retryAfterSeconds;

	DatabaseFault(String code, String message, int retryAfterSeconds) {
		this.code = code;
		this.message = message;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public String code() {
		return code;
	}

	public String message() {
		return message;
	}

	public int retryAfterSeconds() {
		return retryAfterSeconds;
	}

	/** The fault somewhere in the causes of {@code failure}, if it is one. */
	public static Optional<DatabaseFault> of(Throwable failure) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
			DatabaseFault fault = direct(t);
			if (fault != null) {
				return Optional.of(fault);
			}
		}
		return Optional.empty();
	}

	/** The fault whose {@link #code()} is {@code code}. */
	public static Optional<DatabaseFault> ofCode(String code) {
		for (DatabaseFault fault : values()) {
			if (fault.code.equals(code)) {
				return Optional.of(fault);
			}
		}
		return Optional.empty();
	}

	private static DatabaseFault direct(Throwable t) {
		if (t instanceof DatabaseFaultException marked) {
			return marked.fault();
		}
		if (t instanceof PessimisticLockingFailureException) {
			return BUSY;
		}
		if (t instanceof SQLTransientConnectionException || t instanceof CannotCreateTransactionException
				|| t instanceof DataAccessResourceFailureException || t instanceof ConnectException) {
			return UNAVAILABLE;
		}
		if (t instanceof SQLException sql && sql.getSQLState() == null) {
			return EVICTED_CONNECTION.equals(sql.getMessage()) ? UNAVAILABLE : null;
		}
		if (t instanceof SQLException sql) {
			String state = sql.getSQLState();
			if (state.startsWith("08") || SHUTTING_DOWN.contains(state)) {
				return UNAVAILABLE;
			}
			if (LOCK_OR_TIMEOUT.contains(state)) {
				return BUSY;
			}
		}
		return null;
	}

}

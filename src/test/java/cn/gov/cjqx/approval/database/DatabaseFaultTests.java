package cn.gov.cjqx.approval.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures the client should retry after a while (503), as they arrive: wrapped by the engine or by Spring. */
class DatabaseFaultTests {

	@Test
	void shouldTakeAnEmptyPoolOrALostServerForUnavailable() {
		assertThat(DatabaseFault.of(engineWrapped(new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 3000ms."))))
			.contains(DatabaseFault.UNAVAILABLE);
		assertThat(DatabaseFault.of(engineWrapped(new SQLException("Connection refused", "08001"))))
			.contains(DatabaseFault.UNAVAILABLE);
		assertThat(DatabaseFault.of(engineWrapped(new SQLException("terminating connection due to administrator command",
				"57P01")))).contains(DatabaseFault.UNAVAILABLE);
		assertThat(DatabaseFault.of(new CannotCreateTransactionException("Could not open JPA EntityManager")))
			.contains(DatabaseFault.UNAVAILABLE);
		// the server ended the session: the rollback that follows meets HikariCP's evicted connection, and Spring
		// throws that failure instead of the first one (seen with PostgreSQL stopped under load, faults/)
		assertThat(DatabaseFault.of(new JpaSystemException(new TransactionException("Unable to rollback against JDBC "
				+ "Connection", new SQLException("Connection is closed"))))).contains(DatabaseFault.UNAVAILABLE);
	}

	@Test
	void shouldTakeALockTimeoutOrACancelledStatementForBusy() {
		assertThat(DatabaseFault.of(engineWrapped(new SQLException("canceling statement due to lock timeout", "55P03"))))
			.contains(DatabaseFault.BUSY);
		assertThat(DatabaseFault.of(engineWrapped(new SQLException("canceling statement due to statement timeout",
				"57014")))).contains(DatabaseFault.BUSY);
		assertThat(DatabaseFault.of(new CannotAcquireLockException("could not obtain lock"))).contains(DatabaseFault.BUSY);
	}

	@Test
	void shouldLeaveEveryOtherFailureAlone() {
		assertThat(DatabaseFault.of(engineWrapped(new SQLException("duplicate key value", "23505")))).isEmpty();
		assertThat(DatabaseFault.of(new SQLException("no state"))).isEmpty();
		assertThat(DatabaseFault.of(new IllegalStateException("ENGINE-03051"))).isEmpty();
		assertThat(DatabaseFault.of(null)).isEmpty();
	}

	@Test
	void shouldCarryItsCodeInTheEngineMessageForTheRestApi() {
		DatabaseFaultException marked = new DatabaseFaultException(DatabaseFault.UNAVAILABLE,
				new SQLTransientConnectionException("timeout"));
		assertThat(marked.getMessage()).startsWith("[DATABASE_UNAVAILABLE] 数据库暂时不可用");
		assertThat(DatabaseFault.of(new RuntimeException(marked))).contains(DatabaseFault.UNAVAILABLE);
		assertThat(DatabaseFault.ofCode("BUSY_RETRY")).contains(DatabaseFault.BUSY);
		assertThat(DatabaseFault.ofCode("ART13_ONE_ACCOUNT_PER_UNIT")).isEmpty();
	}

	/** How the engine hands a JDBC failure on: MyBatis's PersistenceException inside a ProcessEngineException. */
	private static ProcessEngineException engineWrapped(SQLException cause) {
		return new ProcessEngineException("ENGINE-03083 Exception while executing Batch Database Operations",
				new PersistenceException("### Error querying database", cause));
	}

}

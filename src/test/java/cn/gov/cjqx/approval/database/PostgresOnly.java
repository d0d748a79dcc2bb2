package cn.gov.cjqx.approval.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;

/** Skips a test of PostgreSQL's own behaviour on H2 (CI requires these tests to run in its PostgreSQL suite). */
final class PostgresOnly {

	private PostgresOnly() {
	}

	static void assume(DataSource dataSource, String why) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			Assumptions.assumeTrue(CamundaSchemaMigration.databaseType(connection).equals("postgres"), why);
		}
	}

}

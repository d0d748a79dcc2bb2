package cn.gov.cjqx.approval.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camunda's tables come from the engine jar's own scripts; a database created earlier by the engine itself is left
 * alone. (Every integration test runs on a schema made by this migration, on H2 and on PostgreSQL.)
 */
class CamundaSchemaMigrationTests {

	@Test
	void shouldCreateEveryPartOfTheEngineSchemaOnAnEmptyDatabase() throws Exception {
		JdbcDataSource h2 = h2("camunda-empty");
		try (Connection connection = h2.getConnection()) {
			new CamundaSchemaMigration().migrate(new FlywayContext(connection));
		}
		JdbcTemplate jdbc = new JdbcTemplate(h2);
		// one table of each part: engine, history, identity, case engine and history, decision engine and history
		for (String table : new String[] { "ACT_RU_JOB", "ACT_HI_PROCINST", "ACT_ID_USER", "ACT_RE_CASE_DEF",
				"ACT_HI_CASEINST", "ACT_RE_DECISION_DEF", "ACT_HI_DECINST" }) {
			assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = ?",
					Integer.class, table)).as(table).isEqualTo(1);
		}
		// the schema log the engine checks at start, as its own creation writes it
		assertThat(jdbc.queryForList("select version_ from ACT_GE_SCHEMA_LOG", String.class)).contains("7.24.0");
	}

	@Test
	void shouldLeaveTablesTheEngineCreatedItselfAlone() throws Exception {
		JdbcDataSource h2 = h2("camunda-existing");
		JdbcTemplate jdbc = new JdbcTemplate(h2);
		jdbc.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
		try (Connection connection = h2.getConnection()) {
			new CamundaSchemaMigration().migrate(new FlywayContext(connection));
		}
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'ACT_RU_JOB'",
				Integer.class)).isZero();
	}

	private static JdbcDataSource h2(String name) {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
		return h2;
	}

	private record FlywayContext(Connection connection) implements org.flywaydb.core.api.migration.Context {

		@Override
		public Connection getConnection() {
			return connection;
		}

		@Override
		public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
			return null;
		}

	}

}

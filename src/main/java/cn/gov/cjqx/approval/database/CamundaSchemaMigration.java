package cn.gov.cjqx.approval.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Creates Camunda's tables from the scripts that ship in the engine jar, as one Flyway migration: Flyway runs it once,
 * on one node, under its own lock, so nodes started together on an empty database no longer race each other creating
 * the same tables (the engine itself only checks the schema: {@code camunda.bpm.database.schema-update: false}).
 * A database whose engine tables exist already (created by the engine before this migration existed) is left as it is.
 * <p>
 * A Camunda upgrade adds a migration that runs the engine jar's upgrade scripts
 * ({@code org/camunda/bpm/engine/db/upgrade/<db>_engine_<from>_to_<to>.sql}), see README, Running several nodes.
 */
@Component
class CamundaSchemaMigration implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(CamundaSchemaMigration.class);

	/** In the order in which the engine creates them itself (DbSqlSession.dbSchemaCreate). */
	static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
			"decision.engine", "decision.history");

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("7");
	}

	@Override
	public String getDescription() {
		return "camunda 7.24 engine schema";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (engineTablesExist(connection)) {
			log.info("Camunda's tables exist already; the migration only records the schema as created");
			return;
		}
		String database = databaseType(connection);
		for (String part : PARTS) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource(
					"org/camunda/bpm/engine/db/create/activiti." + database + ".create." + part + ".sql"));
		}
		log.info("Camunda's tables created ({})", database);
	}

	static boolean engineTablesExist(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
			try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	/** The name Camunda gives the database in its script names. */
	static String databaseType(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		if (product.contains("postgres")) {
			return "postgres";
		}
		if (product.contains("h2")) {
			return "h2";
		}
		throw new IllegalStateException("不支持的数据库 / unsupported database: " + product);
	}

}

package cn.gov.cjqx.approval.database;

import java.sql.SQLException;
import java.util.TimeZone;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order of a node's start on the shared database: take the start-up lock, run the migrations (which create
 * Camunda's tables on an empty database), check the engine's zone against the database, and only then build the
 * engine.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseStartup {

	@Bean
	FlywayMigrationStrategy migrateUnderStartupLock(StartupLock lock) {
		return flyway -> {
			try {
				lock.acquire();
			}
			catch (SQLException e) {
				throw new IllegalStateException("数据库不可用，无法启动 / the database cannot be reached", e);
			}
			flyway.migrate();
			EngineZone.verify(flyway.getConfiguration().getDataSource(), TimeZone.getDefault().toZoneId());
		};
	}

	/** The engine (which only checks Camunda's schema) is built after the migrations that create it. */
	@Bean
	static AbstractDependsOnBeanFactoryPostProcessor engineAfterMigrations() {
		return new EngineAfterMigrations();
	}

	static class EngineAfterMigrations extends AbstractDependsOnBeanFactoryPostProcessor {

		EngineAfterMigrations() {
			super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
		}

	}

}

package cn.gov.cjqx.approval.database;

import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One zone for the engine on every node. Camunda writes its timestamps (a timer's due date, a task's due date) without
 * a zone, in the JVM's default zone, and reads them back in whatever default zone the reading node has: a node in
 * another zone would fire timers hours early or late. So the default zone is set from {@code app.zone}
 * ({@code APP_ZONE}, default Asia/Shanghai) before any bean is created, whatever the machine's TZ, and checked at every
 * start against the zone the database was first written with: a node configured otherwise refuses to start.
 */
public class EngineZone implements EnvironmentPostProcessor {

	static final String PROPERTY = "app.zone";

	static final String DEFAULT = "Asia/Shanghai";

	/** The row of engine_setting (migration V8) that holds the zone. */
	static final String SETTING = "engine-zone";

	private static final Logger log = LoggerFactory.getLogger(EngineZone.class);

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(PROPERTY, DEFAULT);
		ZoneId zone;
		try {
			zone = ZoneId.of(configured);
		}
		catch (DateTimeException e) {
			throw new IllegalStateException("app.zone（APP_ZONE）不是有效的时区：" + configured
					+ "，应为 Asia/Shanghai 这样的时区名 / not a zone id", e);
		}
		TimeZone.setDefault(TimeZone.getTimeZone(zone));
		System.setProperty("user.timezone", zone.getId());
	}

	/**
	 * Records the engine's zone when the database has none yet, otherwise refuses to go on when it differs. Runs after
	 * the migrations and before the engine starts, under the start-up lock.
	 */
	static void verify(DataSource dataSource, ZoneId zone) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<String> written = jdbc.queryForList("select setting_value from engine_setting where name = ?",
				String.class, SETTING);
		if (written.isEmpty()) {
			jdbc.update("insert into engine_setting (name, setting_value, written_at) values (?, ?, ?)", SETTING,
					zone.getId(), Timestamp.from(Instant.now()));
			log.info("Engine zone {} recorded in the database", zone.getId());
		}
		else if (!written.get(0).equals(zone.getId())) {
			throw new IllegalStateException(mismatch(written.get(0), zone.getId()));
		}
	}

	static String mismatch(String database, String node) {
		return "拒绝启动：数据库中流程的时间（定时器、到期日）按时区 " + database + " 写入，而本节点的时区为 " + node
				+ "；两者不一致会使定时器提前或推迟触发。请在每个节点设置 APP_ZONE=" + database + " / refusing to start: the database's"
				+ " engine zone is " + database + ", this node's is " + node + "; set APP_ZONE=" + database + " on every node";
	}

}

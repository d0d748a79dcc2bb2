package cn.gov.cjqx.approval.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/** One zone for the engine on every node: set from app.zone, recorded by the first node, refused when it differs. */
class EngineZoneTests {

	@Test
	void shouldSetTheDefaultZoneFromTheSettingWhateverTheMachinesZone() {
		TimeZone before = TimeZone.getDefault();
		try {
			TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
			new EngineZone().postProcessEnvironment(environment("Asia/Shanghai"), new SpringApplication());
			assertThat(TimeZone.getDefault().toZoneId()).isEqualTo(ZoneId.of("Asia/Shanghai"));
			assertThatThrownBy(() -> new EngineZone().postProcessEnvironment(environment("Mars/Olympus"),
					new SpringApplication()))
				.hasMessageContaining("APP_ZONE")
				.hasMessageContaining("Mars/Olympus");
		}
		finally {
			TimeZone.setDefault(before);
		}
	}

	@Test
	void shouldRecordTheFirstZoneAndRefuseAnother() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:engine-zone;DB_CLOSE_DELAY=-1");
		JdbcTemplate jdbc = new JdbcTemplate(h2);
		jdbc.execute("create table engine_setting (name varchar(64) primary key, setting_value varchar(200) not null,"
				+ " written_at timestamp with time zone not null)");

		EngineZone.verify(h2, ZoneId.of("Asia/Shanghai"));
		EngineZone.verify(h2, ZoneId.of("Asia/Shanghai"));
		assertThat(jdbc.queryForObject("select setting_value from engine_setting where name = 'engine-zone'",
				String.class)).isEqualTo("Asia/Shanghai");

		assertThatThrownBy(() -> EngineZone.verify(h2, ZoneId.of("UTC")))
			.hasMessageContaining("拒绝启动")
			.hasMessageContaining("按时区 Asia/Shanghai 写入，而本节点的时区为 UTC")
			.hasMessageContaining("APP_ZONE=Asia/Shanghai");
		jdbc.execute("drop table engine_setting");
	}

	private static StandardEnvironment environment(String zone) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("app.zone", zone)));
		return environment;
	}

}

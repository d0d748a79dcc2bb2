package cn.gov.cjqx.approval.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start outside the demo profile when no administrator password is configured: production passwords come
 * from the environment (APP_ADMIN_PASSWORD), never from a default in the code.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor {

	static final String PROPERTY = "camunda.bpm.admin-user.password";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			return;
		}
		String password = environment.getProperty(PROPERTY);
		if (password == null || password.isBlank()) {
			throw new IllegalStateException("未设置管理员密码：生产环境（未启用 demo 配置）必须通过环境变量 APP_ADMIN_PASSWORD 提供"
					+ " Camunda 管理员密码 / APP_ADMIN_PASSWORD is required outside the demo profile");
		}
	}

}

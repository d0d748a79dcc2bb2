package cn.gov.cjqx.approval.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordCheckTests {

	final AdminPasswordCheck check = new AdminPasswordCheck();

	@Test
	void shouldRefuseToStartInProductionWithoutAdminPassword() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("postgres");
		environment.setProperty(AdminPasswordCheck.PROPERTY, "");
		assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("APP_ADMIN_PASSWORD");
	}

	@Test
	void shouldStartInProductionWithAPasswordFromTheEnvironment() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("postgres");
		environment.setProperty(AdminPasswordCheck.PROPERTY, "s3cret-from-env");
		assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
	}

	@Test
	void shouldNotAskForAPasswordInTheDemoProfile() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("postgres", "demo");
		assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
	}

}

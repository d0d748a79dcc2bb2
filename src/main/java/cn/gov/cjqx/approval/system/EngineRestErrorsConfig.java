package cn.gov.cjqx.approval.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applies {@link EngineRestErrors} to Camunda's REST API, for integrators and for the webapps' own calls (the engine,
 * their login and admin APIs); {@link DatabaseFaultFilter} answers whatever failure on the database reaches the
 * container from any path.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestErrorsConfig {

	@Bean
	FilterRegistrationBean<EngineRestErrors> engineRestErrors(ObjectMapper json) {
		var registration = new FilterRegistrationBean<>(new EngineRestErrors(json));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<DatabaseFaultFilter> databaseFaultFilter(Problems problems) {
		var registration = new FilterRegistrationBean<>(new DatabaseFaultFilter(problems));
		// outside everything else, Spring Security's authentication included
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}

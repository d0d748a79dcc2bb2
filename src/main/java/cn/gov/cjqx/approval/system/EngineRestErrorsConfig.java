package cn.gov.cjqx.approval.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Applies {@link EngineRestErrors} to Camunda's REST API, for integrators and for the webapps' own calls. */
@Configuration(proxyBeanMethods = false)
class EngineRestErrorsConfig {

	@Bean
	FilterRegistrationBean<EngineRestErrors> engineRestErrors(ObjectMapper json) {
		var registration = new FilterRegistrationBean<>(new EngineRestErrors(json));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		return registration;
	}

}

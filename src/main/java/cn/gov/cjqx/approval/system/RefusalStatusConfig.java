package cn.gov.cjqx.approval.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Applies {@link RefusalStatusFilter} to Camunda's REST API, for integrators and for Tasklist's own calls. */
@Configuration(proxyBeanMethods = false)
class RefusalStatusConfig {

	@Bean
	FilterRegistrationBean<RefusalStatusFilter> refusalStatusFilter() {
		var registration = new FilterRegistrationBean<>(new RefusalStatusFilter());
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		return registration;
	}

}

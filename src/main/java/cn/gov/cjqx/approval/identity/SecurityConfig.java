package cn.gov.cjqx.approval.identity;

import java.util.Arrays;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import cn.gov.cjqx.approval.system.Problems;
import cn.gov.cjqx.approval.system.RejectedRequests;

/**
 * Security of our endpoints: /api and /engine-rest need HTTP Basic (Camunda users) or, for GET, a Tasklist session;
 * notices and health are public. The Camunda webapps under /camunda keep their own login and CSRF protection and are
 * not touched by this chain.
 */
@Configuration
class SecurityConfig {

	static final String REALM = "gov-media-approval";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentity identity, ProcessEngine engine,
			Problems problems) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, e) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "AUTHENTICATION_REQUIRED",
					"请使用系统账号登录（HTTP Basic 或先登录 Tasklist）");
		};
		AccessDeniedHandler forbidden = (request, response, e) -> problems.write(request, response,
				HttpStatus.FORBIDDEN, "FORBIDDEN", "无权访问此资源");
		http.securityMatcher(new OrRequestMatcher(paths("/api/**", "/engine-rest/**", "/notices", "/actuator/**",
				"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(paths("/api/notices", "/api/notices/**", "/notices", "/actuator/health",
						"/actuator/health/**"))
				.permitAll()
				.requestMatchers(paths("/actuator/**"))
				.hasAuthority(Groups.ADMIN)
				.anyRequest()
				.authenticated())
			.authenticationManager(new ProviderManager(identity))
			.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden))
			.addFilterAfter(new TasklistSessionFilter(engine), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Writes need HTTP Basic (no cookie), so there is no ambient credential for CSRF to abuse.
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
		return http.build();
	}

	/** Requests the firewall refuses before any controller runs answer problem+json too, not Spring Boot's error JSON. */
	@Bean
	RequestRejectedHandler requestRejectedHandler(Problems problems) {
		return (request, response, e) -> problems.write(request, response, RejectedRequests.refusal(request));
	}

	/**
	 * Path patterns matched against the whole path: /engine-rest is a servlet of its own (Jersey), which Spring MVC
	 * matchers would not see.
	 */
	private static RequestMatcher[] paths(String... patterns) {
		return Arrays.stream(patterns)
			.map(PathPatternRequestMatcher.withDefaults()::matcher)
			.toArray(RequestMatcher[]::new);
	}

	@Bean
	FilterRegistrationBean<EngineRestIdentityFilter> engineRestIdentityFilter(ProcessEngine engine) {
		var registration = new FilterRegistrationBean<>(new EngineRestIdentityFilter(engine.getIdentityService()));
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}

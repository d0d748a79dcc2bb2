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
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import cn.gov.cjqx.approval.system.Problems;
import cn.gov.cjqx.approval.system.RejectedRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Security of our endpoints: /api and /engine-rest need HTTP Basic (Camunda users), a session of the applicants'
 * portal (/portal, sign-in form, writes with its CSRF token) or, for GET, a Tasklist session; notices and health are
 * public. The Camunda webapps under /camunda keep their own login and CSRF protection and are not touched by these
 * chains.
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
		AccessDeniedHandler forbidden = (request, response, e) -> {
			if (e instanceof CsrfException) {
				problems.write(request, response, HttpStatus.FORBIDDEN, "CSRF_TOKEN", "页面已过期，请刷新页面后重试");
			}
			else {
				problems.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", "无权访问此资源");
			}
		};
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
			// reads the portal's sign-in from its session; never creates a session
			.securityContext(context -> context.securityContextRepository(portalSessions()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// HTTP Basic carries no ambient credential; a write on the portal's session needs the page's CSRF token
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::writesOnPortalSession))
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
		return http.build();
	}

	/**
	 * The applicants' portal: server-rendered pages under /portal, signed in with the Camunda users by a form, a
	 * session, CSRF tokens on every write. Its pages call /api with the same session (see apiSecurity).
	 */
	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, CamundaIdentity identity) throws Exception {
		http.securityMatcher(new OrRequestMatcher(paths("/portal", "/portal/**")))
			.authorizeHttpRequests(requests -> requests.requestMatchers(paths("/portal/login", "/portal/assets/**"))
				.permitAll()
				.anyRequest()
				.authenticated())
			.authenticationManager(new ProviderManager(identity))
			.formLogin(form -> form.loginPage("/portal/login")
				.loginProcessingUrl("/portal/login")
				.defaultSuccessUrl("/portal", false)
				.failureUrl("/portal/login?error"))
			.logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl("/portal/login?logout"))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
								+ "frame-ancestors 'none'; form-action 'self'")));
		return http.build();
	}

	private static HttpSessionSecurityContextRepository portalSessions() {
		HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
		sessions.setAllowSessionCreation(false);
		return sessions;
	}

	/**
	 * A write that would be authenticated by a portal session (no Authorization header, a signed-in session) must carry
	 * the session's CSRF token: a page of another site can make the browser send the cookie, never the token.
	 */
	static boolean writesOnPortalSession(HttpServletRequest request) {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		HttpSession session = request.getSession(false);
		return session != null
				&& session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
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

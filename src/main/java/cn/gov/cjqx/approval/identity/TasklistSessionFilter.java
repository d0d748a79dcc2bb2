package cn.gov.cjqx.approval.identity;

import java.io.IOException;
import java.util.HashSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Lets a user who is logged in to Tasklist open /api links (a material from a task form) without a second login:
 * reads the Camunda webapp's session. Only for GET and HEAD, so the session cookie cannot be used to change anything
 * through /api; writes need HTTP Basic.
 */
class TasklistSessionFilter extends OncePerRequestFilter {

	private final ProcessEngine engine;

	TasklistSessionFilter(ProcessEngine engine) {
		this.engine = engine;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		boolean safeMethod = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (session != null && safeMethod && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& SecurityContextHolder.getContext().getAuthentication() == null) {
			Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
			Authentication authentication = authentications == null ? null
					: authentications.getAuthenticationForProcessEngine(engine.getName());
			if (authentication instanceof UserAuthentication user) {
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(CamundaIdentity
					.authenticated(new AppUser(user.getIdentityId(), new HashSet<>(user.getGroupIds()))));
				SecurityContextHolder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}

}

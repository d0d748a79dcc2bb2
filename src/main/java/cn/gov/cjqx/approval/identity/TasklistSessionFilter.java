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
 * reads the Camunda webapp's session. For GET and HEAD, and for the material upload of /upload.html, which sends an
 * {@code X-Requested-With} header: a cross-site form cannot set a header, so the cookie cannot be abused from another
 * site. Every other write needs HTTP Basic.
 */
class TasklistSessionFilter extends OncePerRequestFilter {

	static final String UPLOAD_PATH = "/api/materials";

	private final ProcessEngine engine;

	TasklistSessionFilter(ProcessEngine engine) {
		this.engine = engine;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && sessionMayAuthenticate(request) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
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

	static boolean sessionMayAuthenticate(HttpServletRequest request) {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method)) {
			return true;
		}
		return "POST".equals(method) && UPLOAD_PATH.equals(request.getRequestURI())
				&& request.getHeader("X-Requested-With") != null;
	}

}

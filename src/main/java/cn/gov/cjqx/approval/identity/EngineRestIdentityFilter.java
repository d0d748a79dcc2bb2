package cn.gov.cjqx.approval.identity;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Hands the caller authenticated by Spring Security to the engine for the duration of an /engine-rest request, so
 * Camunda's authorization checks apply to integrators exactly as to Tasklist users.
 */
class EngineRestIdentityFilter implements Filter {

	private final IdentityService identityService;

	EngineRestIdentityFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication != null && authentication.getPrincipal() instanceof AppUser user)) {
			chain.doFilter(request, response);
			return;
		}
		identityService.setAuthentication(user.id(), List.copyOf(user.groups()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

}

package cn.gov.cjqx.approval.identity;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, as authenticated by {@link SecurityConfig}. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static AppUser get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AppUser user) {
			return user;
		}
		throw new AuthenticationCredentialsNotFoundException("no authenticated user");
	}

}

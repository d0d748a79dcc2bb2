package cn.gov.cjqx.approval.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against Camunda's identity service (the same users and passwords as Tasklist, with
 * its lock-out after repeated failures) and turns a user id into an {@link AppUser}.
 */
@Component
public class CamundaIdentity implements org.springframework.security.authentication.AuthenticationProvider {

	private final IdentityService identityService;

	CamundaIdentity(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || userId.isBlank() || credentials == null
				|| !identityService.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException("用户名或密码错误");
		}
		return authenticated(load(userId));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	public AppUser load(String userId) {
		Set<String> groups = new HashSet<>();
		for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
			groups.add(group.getId());
		}
		return new AppUser(userId, groups);
	}

	static Authentication authenticated(AppUser user) {
		List<GrantedAuthority> authorities = user.groups()
			.stream()
			.<GrantedAuthority>map(SimpleGrantedAuthority::new)
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

}

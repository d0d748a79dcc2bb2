package cn.gov.cjqx.approval.identity;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * People by the names a person reads, never by their login: 张经办（澄江市气象局） — the first name of the Camunda user,
 * then the organisation recorded as its last name (how Admin holds them, DemoData).
 */
@Component
public class PersonNames {

	/** For a user that no longer exists. */
	public static final String UNKNOWN = "已停用的账号";

	private final IdentityService identity;

	PersonNames(IdentityService identity) {
		this.identity = identity;
	}

	public String of(String userId) {
		User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
		return user == null ? UNKNOWN : display(user);
	}

	/** The first name alone (张经办), for a greeting. */
	public String shortOf(String userId) {
		User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
		return user == null || user.getFirstName() == null || user.getFirstName().isBlank() ? "（未登记姓名）"
				: user.getFirstName();
	}

	/** First names (张经办) of several users in one query; {@link #UNKNOWN} for users that no longer exist. */
	public Map<String, String> shortOf(Collection<String> userIds) {
		Map<String, String> names = userIds.isEmpty() ? Map.of()
				: identity.createUserQuery()
					.userIdIn(userIds.toArray(String[]::new))
					.list()
					.stream()
					.collect(Collectors.toMap(User::getId, user -> user.getFirstName() == null
							|| user.getFirstName().isBlank() ? "（未登记姓名）" : user.getFirstName()));
		return userIds.stream()
			.distinct()
			.collect(Collectors.toMap(id -> id, id -> names.getOrDefault(id, UNKNOWN)));
	}

	/** Names of several users in one query; users that no longer exist are left out. */
	public Map<String, String> of(Collection<String> userIds) {
		return userIds.isEmpty() ? Map.of()
				: identity.createUserQuery()
					.userIdIn(userIds.toArray(String[]::new))
					.list()
					.stream()
					.collect(Collectors.toMap(User::getId, PersonNames::display));
	}

	private static String display(User user) {
		String name = user.getFirstName() == null || user.getFirstName().isBlank() ? "（未登记姓名）" : user.getFirstName();
		return user.getLastName() == null || user.getLastName().isBlank() ? name : name + "（" + user.getLastName() + "）";
	}

}

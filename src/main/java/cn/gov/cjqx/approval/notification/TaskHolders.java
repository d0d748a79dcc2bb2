package cn.gov.cjqx.approval.notification;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.procedure.EngineCalls;

/**
 * The people who hold a task: its assignee, or else its candidate users and the members of its candidate groups. The
 * directory is read without the current user's authorizations (a clerk completing a step may not read the office's
 * members, yet the office must be told).
 */
@Component
class TaskHolders {

	private final IdentityService identity;

	private final ProcessEngine engine;

	TaskHolders(IdentityService identity, ProcessEngine engine) {
		this.identity = identity;
		this.engine = engine;
	}

	Set<String> of(String assignee, Collection<? extends IdentityLink> links) {
		return of(assignee, links, new HashMap<>());
	}

	/** The same, with the members of each group looked up once per {@code members} map (one sweep). */
	Set<String> of(String assignee, Collection<? extends IdentityLink> links, Map<String, Set<String>> members) {
		Set<String> holders = new LinkedHashSet<>();
		if (assignee != null) {
			holders.add(assignee);
			return holders;
		}
		for (IdentityLink link : links) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (link.getUserId() != null) {
				holders.add(link.getUserId());
			}
			if (link.getGroupId() != null) {
				holders.addAll(members.computeIfAbsent(link.getGroupId(), this::membersOf));
			}
		}
		return holders;
	}

	Set<String> membersOf(String groupId) {
		Set<String> ids = new LinkedHashSet<>();
		withoutAuthorization(() -> identity.createUserQuery().memberOfGroup(groupId).list())
			.forEach(user -> ids.add(user.getId()));
		return ids;
	}

	/** The person's e-mail address, or null. */
	String emailOf(String userId) {
		User user = withoutAuthorization(() -> identity.createUserQuery().userId(userId).singleResult());
		return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().strip();
	}

	<T> T withoutAuthorization(Callable<T> query) {
		return EngineCalls.withoutAuthorization(engine, query);
	}

}

package cn.gov.cjqx.approval.identity;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * An authenticated caller: the Camunda user id and its groups. The units a user belongs to follow from its per-unit
 * role groups ({@code applicants-<unit>}, {@code unit-leaders-<unit>}), which the IT operator manages in Camunda Admin.
 */
public record AppUser(String id, Set<String> groups) implements java.io.Serializable {

	public AppUser {
		groups = Set.copyOf(groups);
	}

	public Set<String> unitCodes() {
		Set<String> codes = new TreeSet<>();
		for (String group : groups) {
			for (String role : new String[] { Groups.APPLICANTS, Groups.UNIT_LEADERS }) {
				if (group.startsWith(role + "-") && group.length() > role.length() + 1) {
					codes.add(group.substring(role.length() + 1));
				}
			}
		}
		return codes;
	}

	public boolean inAnyGroup(String... candidates) {
		return Arrays.stream(candidates).anyMatch(groups::contains);
	}

	/** Bureau office and city government office act for all units. */
	public boolean isApprover() {
		return Groups.APPROVERS.stream().anyMatch(groups::contains);
	}

	public boolean isAdmin() {
		return groups.contains(Groups.ADMIN);
	}

	/** Whether this user may see what belongs to the unit with this code. */
	public boolean canSeeUnit(String unitCode) {
		return isApprover() || isAdmin() || (unitCode != null && unitCodes().contains(unitCode));
	}

}

package cn.gov.cjqx.approval.identity;

import java.util.List;

/** The groups (README, Users, groups and units). Per-unit role groups carry the unit's code after the role. */
public final class Groups {

	/** 经办人: files procedures, corrects returned filings. Held in many units. */
	public static final String APPLICANTS = "applicants";

	/** 单位主要领导 / 分管领导: the unit's collective decision and consent. Held in many units. */
	public static final String UNIT_LEADERS = "unit-leaders";

	/**
	 * 主要负责同志: the unit's main leader, first responsible for what it publishes (Art. 22); decides important content
	 * and reposts from sources off the list. A main leader is also one of the unit's leaders ({@link #UNIT_LEADERS}).
	 */
	public static final String MAIN_LEADERS = "main-leaders";

	/** 局办公室 (Art. 4): reviews, publishes notices, records filing numbers; acts for all units. */
	public static final String BUREAU_OFFICE = "bureau-office";

	/** 市政府办公室: approves openings and takedowns; acts for all units. */
	public static final String CITY_GOV_OFFICE = "city-gov-office";

	/** IT operator (Cockpit, Admin). */
	public static final String ADMIN = "camunda-admin";

	/** The offices that act for all units: they read every procedure and its tasks, and work on their own tasks. */
	public static final List<String> APPROVERS = List.of(BUREAU_OFFICE, CITY_GOV_OFFICE);

	/** Roles that exist in every installation, created at start-up. */
	public static final List<String> ROLES = List.of(APPLICANTS, UNIT_LEADERS, MAIN_LEADERS, BUREAU_OFFICE, CITY_GOV_OFFICE);

	private Groups() {
	}

	/** The group of {@code role} (applicants, unit-leaders, main-leaders) within one unit, e.g. {@code unit-leaders-cjqx}. */
	public static String ofUnit(String role, String unitCode) {
		return role + "-" + unitCode;
	}

	/** A group's name for a procedure of one unit: 澄江市气象台单位领导 for its unit's groups, 局办公室 for the offices. */
	public static String labelIn(String groupId, String unitCode, String unitName) {
		for (String role : List.of(APPLICANTS, UNIT_LEADERS, MAIN_LEADERS)) {
			if (groupId.equals(ofUnit(role, unitCode))) {
				return unitName + label(role);
			}
		}
		return label(groupId);
	}

	public static String label(String groupId) {
		return switch (groupId) {
			case APPLICANTS -> "经办人";
			case UNIT_LEADERS -> "单位领导";
			case MAIN_LEADERS -> "主要负责同志";
			case BUREAU_OFFICE -> "局办公室";
			case CITY_GOV_OFFICE -> "市政府办公室";
			case ADMIN -> "系统管理员";
			default -> groupId;
		};
	}

}

package cn.gov.cjqx.approval.rules;

import java.util.List;

/**
 * What the rules find in a filing before it is submitted (the portal's 提交 asks first; nothing is stored): each
 * finding with its code and article, and whether it forbids the filing (HARD) or would send it to correction. The
 * answer of every procedure's check endpoint.
 */
public record RuleCheck(List<Finding> violations) {

	public static RuleCheck of(List<RuleViolation> violations) {
		return new RuleCheck(violations.stream()
			.map(v -> new Finding(v.code(), v.field(), v.message(), v.kind() == RuleKind.HARD))
			.toList());
	}

	/** One finding: {@code forbidding} when the filing cannot go on (HARD), otherwise it goes to correction. */
	public record Finding(String code, String field, String message, boolean forbidding) {
	}

}

package cn.gov.cjqx.approval.rules;

import java.util.List;

import cn.gov.cjqx.approval.system.Violation;

/** A broken rule: its code (e.g. {@code ART13_ONE_ACCOUNT_PER_UNIT}), kind, the field concerned and a Chinese message. */
public record RuleViolation(String code, RuleKind kind, String field, String message) {

	public Violation toViolation() {
		return new Violation(code, field, message);
	}

	public static boolean anyHard(List<RuleViolation> violations) {
		return violations.stream().anyMatch(v -> v.kind() == RuleKind.HARD);
	}

	/** One line per violation, for forms and logs: "【ART15_COLUMNS】栏目至少应包括……". */
	public static String describe(List<RuleViolation> violations) {
		StringBuilder text = new StringBuilder();
		for (RuleViolation v : violations) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append("【").append(v.code()).append("】").append(v.message());
		}
		return text.toString();
	}

}

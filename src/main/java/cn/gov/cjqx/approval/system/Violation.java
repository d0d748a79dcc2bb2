package cn.gov.cjqx.approval.system;

/**
 * One reason a request or a filing is refused: a rule code (e.g. {@code ART13_ONE_ACCOUNT_PER_UNIT}, or a generic
 * code such as {@code INVALID_VALUE}), the field it concerns if any, and a Chinese message.
 */
public record Violation(String code, String field, String message) {

	public static Violation of(String code, String message) {
		return new Violation(code, null, message);
	}

}

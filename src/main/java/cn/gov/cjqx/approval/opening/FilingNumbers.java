package cn.gov.cjqx.approval.opening;

import java.util.regex.Pattern;

/**
 * The numbers given by 全国政务新媒体信息报送系统 and 玉溪市政务新媒体备案发布管理系统. Those systems have no API and publish
 * no format, so the check is on form only: 4–40 letters, digits and hyphens, with at least one digit.
 */
final class FilingNumbers {

	private static final Pattern FORM = Pattern.compile("(?=.*\\d)[A-Za-z0-9-]{4,40}");

	private FilingNumbers() {
	}

	/** A Chinese message for what is wrong with the pair, or null when both are well-formed and distinct. */
	static String problem(Object national, Object yuxi) {
		if (!wellFormed(national)) {
			return "全国政务新媒体信息报送系统备案编号应为 4–40 位字母、数字或连字符，且含数字";
		}
		if (!wellFormed(yuxi)) {
			return "玉溪市政务新媒体备案发布管理系统备案编号应为 4–40 位字母、数字或连字符，且含数字";
		}
		if (national.toString().strip().equalsIgnoreCase(yuxi.toString().strip())) {
			return "两个系统的备案编号不应相同，请核对";
		}
		return null;
	}

	private static boolean wellFormed(Object value) {
		return value instanceof String text && FORM.matcher(text.strip()).matches();
	}

}

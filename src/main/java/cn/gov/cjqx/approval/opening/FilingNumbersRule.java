package cn.gov.cjqx.approval.opening;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.Rule;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/**
 * ART16_FILING: the bureau office records both filing numbers, the national (全国政务新媒体信息报送系统) and the Yuxi one
 * (玉溪市政务新媒体备案发布管理系统): 4–40 letters, digits or hyphens with a digit, and not the same number twice.
 */
@Component
class FilingNumbersRule implements Rule<FilingNumbersRule.Facts> {

	private static final Pattern FORM = Pattern.compile("(?=.*\\d)[A-Za-z0-9-]{4,40}");

	record Facts(String national, String yuxi) {
	}

	@Override
	public String code() {
		return "ART16_FILING";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(Facts facts) {
		if (!wellFormed(facts.national())) {
			return List.of(violation("nationalFilingNo", "全国政务新媒体信息报送系统备案编号应为 4–40 位字母、数字或连字符，且含数字"));
		}
		if (!wellFormed(facts.yuxi())) {
			return List.of(violation("yuxiFilingNo", "玉溪市政务新媒体备案发布管理系统备案编号应为 4–40 位字母、数字或连字符，且含数字"));
		}
		if (facts.national().strip().equalsIgnoreCase(facts.yuxi().strip())) {
			return List.of(violation("yuxiFilingNo", "两个系统的备案编号不应相同，请核对"));
		}
		return List.of();
	}

	private static boolean wellFormed(String value) {
		return value != null && FORM.matcher(value.strip()).matches();
	}

}

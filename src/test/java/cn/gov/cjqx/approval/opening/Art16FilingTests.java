package cn.gov.cjqx.approval.opening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.gov.cjqx.approval.rules.RuleViolation;

/** ART16_FILING: both filing numbers, well-formed and distinct. */
class Art16FilingTests {

	final FilingNumbersRule rule = new FilingNumbersRule();

	@Test
	void shouldAcceptTwoWellFormedNumbers() {
		assertThat(rule.check(new FilingNumbersRule.Facts("GWXMT-530421-0101", "YX-2026-0101"))).isEmpty();
	}

	@Test
	void shouldRefuseAMissingOrMalformedNumber() {
		assertThat(rule.check(new FilingNumbersRule.Facts(null, "YX-2026-0101"))).extracting(RuleViolation::code,
				RuleViolation::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ART16_FILING", "nationalFilingNo"));
		assertThat(rule.check(new FilingNumbersRule.Facts("GWXMT-1", "YX 2026/01"))).extracting(RuleViolation::field)
			.containsExactly("yuxiFilingNo");
		assertThat(rule.check(new FilingNumbersRule.Facts("ABCD", "YX-2026-0101"))).as("no digit").hasSize(1);
	}

	@Test
	void shouldRefuseTheSameNumberTwice() {
		assertThat(rule.check(new FilingNumbersRule.Facts("YX-2026-0101", "yx-2026-0101"))).hasSize(1);
	}

}

package cn.gov.cjqx.approval.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.gov.cjqx.approval.rules.RuleViolation;

/** ART10_ONCE_PER_YEAR: one takedown per website per calendar year of the offline start. */
class Art10OncePerYearTests {

	final OncePerYearRule rule = new OncePerYearRule();

	@Test
	void shouldAllowTheFirstTakedownOfTheYear() {
		assertThat(rule.check(new TakedownFacts(10, 2026, 0, false))).isEmpty();
	}

	@Test
	void shouldRefuseASecondTakedownInTheSameYear() {
		assertThat(rule.check(new TakedownFacts(10, 2026, 1, false))).extracting(RuleViolation::code)
			.containsExactly("ART10_ONCE_PER_YEAR");
	}

}

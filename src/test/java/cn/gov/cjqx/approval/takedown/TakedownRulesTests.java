package cn.gov.cjqx.approval.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.gov.cjqx.approval.rules.RuleViolation;

/** The takedown's rules together: ONE_PROCEDURE_AT_A_TIME, and every broken rule reported at once. */
class TakedownRulesTests {

	final TakedownRules rules = new TakedownRules(new MaxThirtyDaysRule(), new OncePerYearRule(), new WebsiteFreeRule());

	@Test
	void shouldRefuseWhileAnotherProcedureOfTheSiteRuns() {
		assertThat(rules.check(new TakedownFacts(10, 2026, 0, true))).extracting(RuleViolation::code)
			.containsExactly("ONE_PROCEDURE_AT_A_TIME");
	}

	@Test
	void shouldReportEveryBrokenRule() {
		assertThat(rules.check(new TakedownFacts(45, 2026, 1, true))).extracting(RuleViolation::code)
			.containsExactly("ART10_MAX_30_DAYS", "ART10_ONCE_PER_YEAR", "ONE_PROCEDURE_AT_A_TIME");
	}

}

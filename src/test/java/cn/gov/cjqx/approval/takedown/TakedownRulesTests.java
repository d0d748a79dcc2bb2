package cn.gov.cjqx.approval.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

class TakedownRulesTests {

	@Nested
	class Art10Max30Days {

		@Test
		void shouldAllow29And30Days() {
			assertThat(TakedownRules.maxThirtyDays(new TakedownFacts(29, 2026, 0, false))).isEmpty();
			assertThat(TakedownRules.maxThirtyDays(new TakedownFacts(30, 2026, 0, false))).isEmpty();
		}

		@Test
		void shouldRefuse31Days() {
			assertThat(TakedownRules.maxThirtyDays(new TakedownFacts(31, 2026, 0, false))).singleElement()
				.satisfies(v -> {
					assertThat(v.code()).isEqualTo("ART10_MAX_30_DAYS");
					assertThat(v.kind()).isEqualTo(RuleKind.HARD);
					assertThat(v.message()).contains("30 天").contains("31");
				});
		}

	}

	@Nested
	class Art10OncePerYear {

		@Test
		void shouldAllowTheFirstTakedownOfTheYear() {
			assertThat(TakedownRules.oncePerYear(new TakedownFacts(10, 2026, 0, false))).isEmpty();
		}

		@Test
		void shouldRefuseASecondTakedownInTheSameYear() {
			assertThat(TakedownRules.oncePerYear(new TakedownFacts(10, 2026, 1, false)))
				.extracting(RuleViolation::code)
				.containsExactly("ART10_ONCE_PER_YEAR");
		}

	}

	@Test
	void shouldRefuseWhileAnotherProcedureOfTheSiteRuns() {
		assertThat(TakedownRules.check(new TakedownFacts(10, 2026, 0, true))).extracting(RuleViolation::code)
			.containsExactly("ONE_PROCEDURE_AT_A_TIME");
	}

	@Test
	void shouldReportEveryBrokenRule() {
		assertThat(TakedownRules.check(new TakedownFacts(45, 2026, 1, true))).extracting(RuleViolation::code)
			.containsExactly("ART10_MAX_30_DAYS", "ART10_ONCE_PER_YEAR", "ONE_PROCEDURE_AT_A_TIME");
	}

}

package cn.gov.cjqx.approval.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.gov.cjqx.approval.rules.RuleKind;

/** ART10_MAX_30_DAYS: at most 30 planned days offline. */
class Art10Max30DaysTests {

	final MaxThirtyDaysRule rule = new MaxThirtyDaysRule();

	@Test
	void shouldAllow29And30Days() {
		assertThat(rule.check(new TakedownFacts(29, 2026, 0, false))).isEmpty();
		assertThat(rule.check(new TakedownFacts(30, 2026, 0, false))).isEmpty();
	}

	@Test
	void shouldRefuse31Days() {
		assertThat(rule.check(new TakedownFacts(31, 2026, 0, false))).singleElement().satisfies(v -> {
			assertThat(v.code()).isEqualTo("ART10_MAX_30_DAYS");
			assertThat(v.kind()).isEqualTo(RuleKind.HARD);
			assertThat(v.message()).contains("30 天").contains("31");
		});
	}

}

package cn.gov.cjqx.approval.closure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.gov.cjqx.approval.rules.RuleViolation;

/** ART19_CONSOLIDATE_FIRST: the retained account and what was consolidated, before the unit decides. */
class Art19ConsolidateFirstTests {

	final ConsolidateFirstRule rule = new ConsolidateFirstRule();

	@Test
	void shouldAcceptTheRetainedAccountAndTheConsolidation() {
		assertThat(rule.check(new ConsolidateFirstRule.Facts("澄江气象", "栏目已并入“澄江气象”"))).isEmpty();
	}

	@Test
	void shouldRefuseAMissingRetainedAccountOrConsolidation() {
		assertThat(rule.check(new ConsolidateFirstRule.Facts(" ", "已整合"))).extracting(RuleViolation::code,
				RuleViolation::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ART19_CONSOLIDATE_FIRST", "retainedAccount"));
		assertThat(rule.check(new ConsolidateFirstRule.Facts("澄江气象", null))).extracting(RuleViolation::field)
			.containsExactly("consolidationDone");
	}

}

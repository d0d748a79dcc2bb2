package cn.gov.cjqx.approval.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** ART18_DECISION_BASIS: a collective decision or the main leader's consent, with its reference. */
class Art18DecisionBasisTests {

	final DecisionBasisRule rule = new DecisionBasisRule();

	@Test
	void shouldAcceptEitherBasisWithItsReference() {
		assertThat(rule.check(new DecisionBasisRule.Facts("COLLECTIVE_DECISION", "2026年第8次党组会议纪要"))).isEmpty();
		assertThat(rule.check(new DecisionBasisRule.Facts(DecisionBasis.MAIN_LEADER_CONSENT, "局长签批〔2026〕12号")))
			.isEmpty();
	}

	@Test
	void shouldRefuseAMissingOrUnknownBasis() {
		assertThat(rule.check(new DecisionBasisRule.Facts(null, "纪要")))
			.extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ART18_DECISION_BASIS", RuleKind.HARD, "decisionBasis"));
		assertThat(rule.check(new DecisionBasisRule.Facts("LEADER_SAID_SO", "纪要"))).hasSize(1);
	}

	@Test
	void shouldRefuseABasisWithoutItsReference() {
		assertThat(rule.check(new DecisionBasisRule.Facts("COLLECTIVE_DECISION", "  ")))
			.extracting(RuleViolation::field)
			.containsExactly("decisionReference");
	}

}

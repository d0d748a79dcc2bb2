package cn.gov.cjqx.approval.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.cjqx.approval.rules.RuleViolation;

/** ART16_COLLECTIVE_DECISION: the meeting, its minutes and the main leader's consent. */
class Art16CollectiveDecisionTests {

	static final LocalDate TODAY = LocalDate.of(2026, 9, 18);

	final CollectiveDecisionRule rule = new CollectiveDecisionRule();

	@Test
	void shouldAcceptAMeetingWithMinutesAndConsent() {
		assertThat(rule.check(new CollectiveDecisionRule.Facts(TODAY, UUID.randomUUID(), true, TODAY))).isEmpty();
	}

	@Test
	void shouldRefuseAMissingOrFutureMeeting() {
		assertThat(rule.check(new CollectiveDecisionRule.Facts(null, UUID.randomUUID(), true, TODAY)))
			.extracting(RuleViolation::code, RuleViolation::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ART16_COLLECTIVE_DECISION", "meetingDate"));
		assertThat(rule.check(new CollectiveDecisionRule.Facts(TODAY.plusDays(1), UUID.randomUUID(), true, TODAY)))
			.hasSize(1);
	}

	@Test
	void shouldRefuseWithoutMinutesOrConsent() {
		assertThat(rule.check(new CollectiveDecisionRule.Facts(TODAY, null, true, TODAY))).extracting(RuleViolation::field)
			.containsExactly("minutesMaterialId");
		assertThat(rule.check(new CollectiveDecisionRule.Facts(TODAY, UUID.randomUUID(), null, TODAY)))
			.extracting(RuleViolation::field)
			.containsExactly("mainLeaderConsent");
	}

}

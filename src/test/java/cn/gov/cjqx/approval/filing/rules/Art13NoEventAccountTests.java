package cn.gov.cjqx.approval.filing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

class Art13NoEventAccountTests {

	static final String CODE = "ART13_NO_EVENT_ACCOUNT";

	final NoEventAccountRule rule = new NoEventAccountRule();

	@Test
	void shouldBeAHardRuleOfArticle13() {
		assertThat(rule.code()).isEqualTo(CODE);
		assertThat(rule.kind()).isEqualTo(RuleKind.HARD);
	}

	@Test
	void shouldAcceptAnAccountThatIsNotForAnEvent() {
		assertThat(rule.check(OpeningFactsFixture.valid().withEventOrSpecialProject(false).build())).isEmpty();
	}

	@Test
	void shouldRefuseAnAccountForAMajorEventOrSpecialProject() {
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.valid().withEventOrSpecialProject(true).build());

		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.HARD, "eventOrSpecialProject"));
		assertThat(violations.get(0).message()).contains("重大活动或专项工作").contains("不单独开办").contains("第十三条");
	}

	@Test
	void shouldLeaveAnUnansweredDeclarationToBeanValidation() {
		// @NotNull on the filing refuses a missing answer before the rules run; the rule itself only refuses a "yes"
		assertThat(rule.check(OpeningFactsFixture.valid().withEventOrSpecialProject(null).build())).isEmpty();
	}

}

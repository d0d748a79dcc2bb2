package cn.gov.cjqx.approval.filing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

class Art14NoSinglePurposeAppTests {

	static final String CODE = "ART14_NO_SINGLE_PURPOSE_APP";

	final NoSinglePurposeAppRule rule = new NoSinglePurposeAppRule();

	@Test
	void shouldBeAHardRuleOfArticle14() {
		assertThat(rule.code()).isEqualTo(CODE);
		assertThat(rule.kind()).isEqualTo(RuleKind.HARD);
	}

	@Test
	void shouldAcceptTheValidFiling() {
		assertThat(rule.check(OpeningFactsFixture.valid().build())).isEmpty();
	}

	@Test
	void shouldAcceptASelfBuiltAppOnAnIntegratedPlatform() {
		assertThat(rule.check(OpeningFactsFixture.selfBuiltApp().build())).isEmpty();
	}

	@Test
	void shouldNotAskAThirdPartyPlatformAccountForAnIntegratedPlatform() {
		assertThat(rule.check(OpeningFactsFixture.valid().withAppIntegratedPlatform(null).build())).isEmpty();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "  \t " })
	void shouldRefuseASelfBuiltAppOutsideAnIntegratedPlatform(String integratedPlatform) {
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.selfBuiltApp().withAppIntegratedPlatform(integratedPlatform).build());

		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.HARD, "appIntegratedPlatform"));
		assertThat(violations.get(0).message()).contains("一事一端、一单位一应用")
			.contains("集约化平台")
			.contains("第十四条");
	}

}

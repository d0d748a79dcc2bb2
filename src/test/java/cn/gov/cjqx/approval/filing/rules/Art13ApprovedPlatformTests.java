package cn.gov.cjqx.approval.filing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

class Art13ApprovedPlatformTests {

	static final String CODE = "ART13_APPROVED_PLATFORM";

	final ApprovedPlatformRule rule = new ApprovedPlatformRule();

	@Test
	void shouldBeAHardRuleOfArticle13() {
		assertThat(rule.code()).isEqualTo(CODE);
		assertThat(rule.kind()).isEqualTo(RuleKind.HARD);
	}

	@Test
	void shouldAcceptAnApprovedThirdPartyPlatform() {
		assertThat(rule.check(OpeningFactsFixture.valid().build())).isEmpty();
	}

	@Test
	void shouldAcceptAnApprovedSelfBuiltApp() {
		assertThat(rule.check(OpeningFactsFixture.selfBuiltApp().build())).isEmpty();
	}

	@Test
	void shouldRefuseAPlatformMissingFromTheApprovedList() {
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.valid().withUnapprovedPlatform("OVERSEAS_VIDEO").build());

		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.HARD, "platform"));
		assertThat(violations.get(0).message()).contains("“OVERSEAS_VIDEO”")
			.contains("不在国家有关主管单位核准的平台名单中")
			.contains("第十三条");
	}

}

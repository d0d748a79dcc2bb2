package cn.gov.cjqx.approval.filing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.cjqx.approval.account.PlatformCatalog.Platform;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

class Art14AppRequirementsTests {

	static final String CODE = "ART14_APP_REQUIREMENTS";

	final AppRequirementsRule rule = new AppRequirementsRule();

	@Test
	void shouldBeASoftRuleOfArticle14() {
		assertThat(rule.code()).isEqualTo(CODE);
		assertThat(rule.kind()).isEqualTo(RuleKind.SOFT);
	}

	@Test
	void shouldAcceptTheValidFiling() {
		assertThat(rule.check(OpeningFactsFixture.valid().build())).isEmpty();
	}

	@Test
	void shouldAcceptATestedIpv6AppForAllTerminals() {
		assertThat(rule.check(OpeningFactsFixture.selfBuiltApp().build())).isEmpty();
	}

	@Test
	void shouldNotAskAThirdPartyPlatformAccountAboutTheApp() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withAppSecurityAssessed(false)
			.withAppIpv6(false)
			.withAppMultiTerminal(false)
			.build();

		assertThat(rule.check(facts)).isEmpty();
	}

	@Test
	void shouldNotAskAnUnapprovedPlatformAboutTheApp() {
		// the approved-platform rule refuses it; without configuration nothing says it is self-built
		assertThat(rule.check(OpeningFactsFixture.valid().withUnapprovedPlatform("MY_OWN_APP").build())).isEmpty();
	}

	@Test
	void shouldApplyToAnySelfBuiltPlatformSuchAsAMiniProgram() {
		OpeningFacts facts = OpeningFactsFixture.selfBuiltApp()
			.withPlatform(new Platform("MINI_PROGRAM", "小程序", 30, true))
			.withAppIpv6(false)
			.build();

		assertThat(rule.check(facts)).extracting(RuleViolation::field).containsExactly("appIpv6");
	}

	@Test
	void shouldRequireTheClassifiedProtectionSecurityTest() {
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.selfBuiltApp().withAppSecurityAssessed(false).build());

		assertSingleViolation(violations, "appSecurityAssessed");
		assertThat(violations.get(0).message()).contains("网络安全等级保护").contains("安全检测").contains("第十四条");
	}

	@Test
	void shouldRequireIpv6() {
		List<RuleViolation> violations = rule.check(OpeningFactsFixture.selfBuiltApp().withAppIpv6(false).build());

		assertSingleViolation(violations, "appIpv6");
		assertThat(violations.get(0).message()).contains("IPv6").contains("第十四条");
	}

	@Test
	void shouldRequireUseOnAllTerminals() {
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.selfBuiltApp().withAppMultiTerminal(false).build());

		assertSingleViolation(violations, "appMultiTerminal");
		assertThat(violations.get(0).message()).contains("不同终端").contains("第十四条");
	}

	@Test
	void shouldTreatUnansweredQuestionsAsNo() {
		OpeningFacts facts = OpeningFactsFixture.selfBuiltApp()
			.withAppSecurityAssessed(null)
			.withAppIpv6(null)
			.withAppMultiTerminal(null)
			.build();

		assertThat(rule.check(facts)).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.SOFT, "appSecurityAssessed"), tuple(CODE, RuleKind.SOFT, "appIpv6"),
					tuple(CODE, RuleKind.SOFT, "appMultiTerminal"));
	}

	static void assertSingleViolation(List<RuleViolation> violations, String field) {
		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.SOFT, field));
	}

}

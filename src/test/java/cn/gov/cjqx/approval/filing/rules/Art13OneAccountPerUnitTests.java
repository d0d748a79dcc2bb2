package cn.gov.cjqx.approval.filing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

class Art13OneAccountPerUnitTests {

	static final String CODE = "ART13_ONE_ACCOUNT_PER_UNIT";

	static final String BASIS = "《中国气象局政务新媒体管理办法》第八条";

	final OneAccountPerUnitRule rule = new OneAccountPerUnitRule();

	@Test
	void shouldBeAHardRuleOfArticle13() {
		assertThat(rule.code()).isEqualTo(CODE);
		assertThat(rule.kind()).isEqualTo(RuleKind.HARD);
	}

	@Test
	void shouldAcceptTheFirstAccountOfAUnit() {
		assertThat(rule.check(OpeningFactsFixture.valid().withOtherAccountsOfUnit(0).build())).isEmpty();
	}

	@Test
	void shouldRefuseASecondAccountOfAUnit() {
		List<RuleViolation> violations = rule.check(OpeningFactsFixture.valid().withOtherAccountsOfUnit(1).build());

		assertSingleViolation(violations);
		assertThat(violations.get(0).message()).contains("本单位已有政务新媒体账号")
			.contains("一个单位原则上只开办一个账号")
			.doesNotContain("垂管");
	}

	@ParameterizedTest
	@ValueSource(longs = { 2, 5 })
	void shouldRefuseOneMoreAccountWhateverTheNumberAlreadyHeld(long others) {
		assertSingleViolation(rule.check(OpeningFactsFixture.valid().withOtherAccountsOfUnit(others).build()));
	}

	@Test
	void shouldAllowAVerticallyManagedUnitThatCitesItsSuperiorsRule() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withVerticallyManaged(true)
			.withVerticalManagementBasis(BASIS)
			.withOtherAccountsOfUnit(1)
			.build();

		assertThat(rule.check(facts)).isEmpty();
	}

	@Test
	void shouldAcceptTheFirstAccountOfAVerticallyManagedUnitWithoutBasis() {
		OpeningFacts facts = OpeningFactsFixture.valid().withVerticallyManaged(true).withOtherAccountsOfUnit(0).build();

		assertThat(rule.check(facts)).isEmpty();
	}

	@Test
	void shouldRefuseASecondAccountOfAVerticallyManagedUnitWithoutBasis() {
		OpeningFacts facts = OpeningFactsFixture.valid().withVerticallyManaged(true).withOtherAccountsOfUnit(1).build();

		List<RuleViolation> violations = rule.check(facts);

		assertSingleViolation(violations);
		assertThat(violations.get(0).message()).contains("本单位已有政务新媒体账号").contains("“垂管依据”中写明");
	}

	@Test
	void shouldTreatAWhitespaceOnlyBasisAsNoBasis() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withVerticallyManaged(true)
			.withVerticalManagementBasis(" \t ")
			.withOtherAccountsOfUnit(1)
			.build();

		List<RuleViolation> violations = rule.check(facts);

		assertSingleViolation(violations);
		assertThat(violations.get(0).message()).contains("“垂管依据”中写明");
	}

	@Test
	void shouldRefuseABasisGivenByAUnitThatIsNotVerticallyManaged() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withVerticallyManaged(false)
			.withVerticalManagementBasis(BASIS)
			.withOtherAccountsOfUnit(1)
			.build();

		List<RuleViolation> violations = rule.check(facts);

		assertSingleViolation(violations);
		assertThat(violations.get(0).message()).contains("本单位已有政务新媒体账号").contains("只有垂管单位");
	}

	@Test
	void shouldIgnoreABasisOnTheFirstAccountOfAUnitThatIsNotVerticallyManaged() {
		OpeningFacts facts = OpeningFactsFixture.valid().withVerticalManagementBasis(BASIS).build();

		assertThat(rule.check(facts)).isEmpty();
	}

	static void assertSingleViolation(List<RuleViolation> violations) {
		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.HARD, "unitCode"));
	}

}

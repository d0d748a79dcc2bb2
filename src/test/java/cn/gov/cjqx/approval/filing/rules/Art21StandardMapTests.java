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

class Art21StandardMapTests {

	static final String CODE = "ART21_STANDARD_MAP";

	final StandardMapRule rule = new StandardMapRule();

	/** Maps used, not the standard map, with the given approval number. */
	static OpeningFacts mapWithApprovalNo(String number) {
		return OpeningFactsFixture.valid().withMapsUsed(true).withStandardMap(false).withMapApprovalNo(number).build();
	}

	@Test
	void shouldBeASoftRuleOfArticle21() {
		assertThat(rule.code()).isEqualTo(CODE);
		assertThat(rule.kind()).isEqualTo(RuleKind.SOFT);
	}

	@Test
	void shouldAcceptAnAccountThatUsesNoMaps() {
		assertThat(rule.check(OpeningFactsFixture.valid().build())).isEmpty();
	}

	@Test
	void shouldIgnoreTheNumberWhenNoMapsAreUsed() {
		OpeningFacts facts = OpeningFactsFixture.valid().withMapsUsed(false).withMapApprovalNo("12345").build();

		assertThat(rule.check(facts)).isEmpty();
	}

	@Test
	void shouldAcceptTheStandardMapWithoutANumber() {
		OpeningFacts facts = OpeningFactsFixture.valid().withMapsUsed(true).withStandardMap(true).build();

		assertThat(rule.check(facts)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "GS(2024)0650号", "云S(2021)003号", "GS（2019）1822号", "GS京(2022)1061号", " GS(2024)0650号 " })
	void shouldAcceptAWellFormedApprovalNumber(String number) {
		assertThat(rule.check(mapWithApprovalNo(number))).isEmpty();
	}

	@Test
	void shouldRefuseAMalformedApprovalNumber() {
		List<RuleViolation> violations = rule.check(mapWithApprovalNo("12345"));

		assertSingleViolation(violations);
		assertThat(violations.get(0).message()).contains("审图号“12345”格式不正确").contains("GS(2024)0650号");
	}

	@ParameterizedTest
	@ValueSource(strings = { "GS(24)0650号", "GS(2024)0650", "gs(2024)0650号", "S(2024)0650号", "GS(2024)号",
			"GS(2024)1234567号", "GS[2024]0650号" })
	void shouldRefuseNumbersThatAlmostLookRight(String number) {
		List<RuleViolation> violations = rule.check(mapWithApprovalNo(number));

		assertSingleViolation(violations);
		assertThat(violations.get(0).message()).contains("“" + number + "”");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   " })
	void shouldAskForTheStandardMapOrAnApprovalNumber(String number) {
		List<RuleViolation> violations = rule.check(mapWithApprovalNo(number));

		assertSingleViolation(violations);
		assertThat(violations.get(0).message()).contains("标准地图").contains("审图号").doesNotContain("格式不正确");
	}

	@Test
	void shouldTreatAnUnansweredStandardMapQuestionAsNo() {
		OpeningFacts facts = OpeningFactsFixture.valid().withMapsUsed(true).withStandardMap(null).build();

		assertSingleViolation(rule.check(facts));
	}

	static void assertSingleViolation(List<RuleViolation> violations) {
		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.SOFT, "mapApprovalNo"));
		assertThat(violations.get(0).message()).contains("第二十一条");
	}

}

package cn.gov.cjqx.approval.filing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.cjqx.approval.account.PlatformCatalog.Platform;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

class Art15AccountNameTests {

	static final String CODE = "ART15_ACCOUNT_NAME";

	/** "澄江气象台" (5 characters) padded to the given number of Chinese characters. */
	static String nameOfLength(int length) {
		return OpeningFactsFixture.UNIT_SHORT_NAME + "天".repeat(length - 5);
	}

	final AccountNameRule rule = new AccountNameRule();

	@Test
	void shouldBeASoftRuleOfArticle15() {
		assertThat(rule.code()).isEqualTo(CODE);
		assertThat(rule.kind()).isEqualTo(RuleKind.SOFT);
	}

	@Test
	void shouldAcceptTheValidFiling() {
		assertThat(rule.check(OpeningFactsFixture.valid().build())).isEmpty();
	}

	// length

	@Test
	void shouldAcceptANameOfExactlyThePlatformsMaximumLength() {
		String name = nameOfLength(30);
		assertThat(name).hasSize(30);

		assertThat(rule.check(OpeningFactsFixture.valid().withAccountName(name).build())).isEmpty();
	}

	@Test
	void shouldRefuseANameOneCharacterLongerThanThePlatformAllows() {
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.valid().withAccountName(nameOfLength(31)).build());

		assertSingleViolation(violations, "accountName");
		assertThat(violations.get(0).message()).contains("31 个字").contains("微信订阅号").contains("30 个字").contains("第十五条");
	}

	@Test
	void shouldUseTheMaximumOfTheChosenPlatform() {
		Platform weibo = new Platform("WEIBO", "微博", 10, false);

		assertThat(rule.check(OpeningFactsFixture.valid().withPlatform(weibo).withAccountName(nameOfLength(10)).build()))
			.isEmpty();
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.valid().withPlatform(weibo).withAccountName(nameOfLength(11)).build());
		assertSingleViolation(violations, "accountName");
		assertThat(violations.get(0).message()).contains("11 个字").contains("微博允许的 10 个字");
	}

	@Test
	void shouldCountACharacterOutsideTheBasicPlaneAsOne() {
		// 𠀀 (U+20000) is one Chinese character but two Java chars: 30 characters, 31 chars
		String name = nameOfLength(29) + "𠀀";
		assertThat(name).hasSize(31);

		assertThat(rule.check(OpeningFactsFixture.valid().withAccountName(name).build())).isEmpty();
	}

	@Test
	void shouldNotCountSurroundingSpaces() {
		String name = "  " + nameOfLength(30) + " ";

		assertThat(rule.check(OpeningFactsFixture.valid().withAccountName(name).build())).isEmpty();
	}

	@Test
	void shouldNotCheckTheLengthOnAnUnapprovedPlatform() {
		// no configured maximum; the approved-platform rule refuses the platform itself
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withUnapprovedPlatform("UNKNOWN")
			.withAccountName(nameOfLength(60))
			.build();

		assertThat(rule.check(facts)).isEmpty();
	}

	// short name

	@Test
	void shouldRefuseANameWithoutTheUnitsShortName() {
		List<RuleViolation> violations = rule.check(OpeningFactsFixture.valid().withAccountName("澄江天气").build());

		assertSingleViolation(violations, "accountName");
		assertThat(violations.get(0).message()).contains("包含单位规范简称“澄江气象台”").contains("第十五条");
	}

	@Test
	void shouldReportBothATooLongNameAndAMissingShortName() {
		OpeningFacts facts = OpeningFactsFixture.valid().withAccountName("澄江天气" + "天".repeat(27)).build();

		List<RuleViolation> violations = rule.check(facts);

		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.SOFT, "accountName"), tuple(CODE, RuleKind.SOFT, "accountName"));
		assertThat(violations.get(0).message()).contains("31 个字");
		assertThat(violations.get(1).message()).contains("“澄江气象台”");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   " })
	void shouldRefuseAnEmptyNameOnlyOnce(String name) {
		List<RuleViolation> violations = rule.check(OpeningFactsFixture.valid().withAccountName(name).build());

		assertSingleViolation(violations, "accountName");
		assertThat(violations.get(0).message()).contains("账号名称不能为空");
	}

	// certification

	@Test
	void shouldRefuseAnAccountThatIsNotCertified() {
		List<RuleViolation> violations = rule.check(OpeningFactsFixture.valid().withCertified(false).build());

		assertSingleViolation(violations, "certified");
		assertThat(violations.get(0).message()).contains("通过平台认证").contains("主办单位名称");
	}

	@Test
	void shouldTreatAnUnansweredCertificationAsNotCertified() {
		assertSingleViolation(rule.check(OpeningFactsFixture.valid().withCertified(null).build()), "certified");
	}

	@Test
	void shouldRefuseACertificationSubjectOtherThanTheUnitsFullName() {
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.valid().withCertificationSubject("澄江市气象局").build());

		assertSingleViolation(violations, "certificationSubject");
		assertThat(violations.get(0).message()).contains("认证主体应为主办单位全称“澄江市气象台”");
	}

	@Test
	void shouldRefuseTheShortNameAsCertificationSubject() {
		assertSingleViolation(rule.check(OpeningFactsFixture.valid().withCertificationSubject("澄江气象台").build()),
				"certificationSubject");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\t" })
	void shouldRefuseAMissingOrWhitespaceOnlySubject(String subject) {
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.valid().withCertificationSubject(subject).build());

		assertSingleViolation(violations, "certificationSubject");
		assertThat(violations.get(0).message()).contains("澄江市气象台");
	}

	@Test
	void shouldAcceptTheFullNameWithSurroundingSpaces() {
		assertThat(rule.check(OpeningFactsFixture.valid().withCertificationSubject("  澄江市气象台 ").build())).isEmpty();
	}

	@Test
	void shouldNotAskAnUncertifiedAccountForItsSubject() {
		OpeningFacts facts = OpeningFactsFixture.valid().withCertified(false).withCertificationSubject(null).build();

		assertThat(rule.check(facts)).extracting(RuleViolation::field).containsExactly("certified");
	}

	static void assertSingleViolation(List<RuleViolation> violations, String field) {
		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.SOFT, field));
	}

}

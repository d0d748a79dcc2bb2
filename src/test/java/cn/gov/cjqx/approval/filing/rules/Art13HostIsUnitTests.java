package cn.gov.cjqx.approval.filing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;
import cn.gov.cjqx.approval.unit.UnitKind;

class Art13HostIsUnitTests {

	static final String CODE = "ART13_HOST_IS_UNIT";

	final HostIsUnitRule rule = new HostIsUnitRule();

	@Test
	void shouldBeAHardRuleOfArticle13() {
		assertThat(rule.code()).isEqualTo(CODE);
		assertThat(rule.kind()).isEqualTo(RuleKind.HARD);
	}

	@Test
	void shouldAcceptAUnitCertifiedInItsOwnName() {
		assertThat(rule.check(OpeningFactsFixture.valid().build())).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = UnitKind.class, names = "INTERNAL_DEPARTMENT", mode = EnumSource.Mode.EXCLUDE)
	void shouldAcceptEveryKindOfUnitButAnInternalDepartment(UnitKind kind) {
		assertThat(rule.check(OpeningFactsFixture.valid().withUnitKind(kind).build())).isEmpty();
	}

	@Test
	void shouldRefuseAnInternalDepartment() {
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.valid().withUnitKind(UnitKind.INTERNAL_DEPARTMENT).build());

		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.HARD, "unitCode"));
		assertThat(violations.get(0).message()).contains("内设机构").contains("第十三条");
	}

	@Test
	void shouldRefuseAnAccountCertifiedToOneOfItsAdministrators() {
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.valid().withCertificationSubject(OpeningFactsFixture.ADMINISTRATOR_NAME).build());

		assertPersonalSubject(violations);
	}

	@Test
	void shouldCompareSubjectAndAdministratorNamesWithoutSurroundingSpaces() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withCertificationSubject(" 张华 ")
			.withAdministrators(List.of(OpeningFactsFixture.administrator("张华\t", "13800001111")))
			.build();

		assertPersonalSubject(rule.check(facts));
	}

	@Test
	void shouldRefuseAnAccountCertifiedToAnyOfSeveralAdministrators() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withAdministrators(List.of(OpeningFactsFixture.administrator("张华", "13800001111"),
					OpeningFactsFixture.administrator("王芳", "13900002222")))
			.withCertificationSubject("王芳")
			.build();

		assertPersonalSubject(rule.check(facts));
	}

	@Test
	void shouldAcceptASubjectThatOnlyContainsAnAdministratorsName() {
		// "澄江市气象台张华工作室" is not the person 张华; only an exact match proves a personal certification
		OpeningFacts facts = OpeningFactsFixture.valid().withCertificationSubject("澄江市气象台张华工作室").build();

		assertThat(rule.check(facts)).isEmpty();
	}

	@Test
	void shouldGiveBothReasonsForAnInternalDepartmentCertifiedToAPerson() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withUnitKind(UnitKind.INTERNAL_DEPARTMENT)
			.withCertificationSubject(OpeningFactsFixture.ADMINISTRATOR_NAME)
			.build();

		assertThat(rule.check(facts)).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.HARD, "unitCode"), tuple(CODE, RuleKind.HARD, "certificationSubject"));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   " })
	void shouldLeaveAMissingSubjectToTheNameRule(String subject) {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withCertificationSubject(subject)
			.withAdministrators(List.of(OpeningFactsFixture.administrator(" ", "13800001111")))
			.build();

		assertThat(rule.check(facts)).isEmpty();
	}

	@Test
	void shouldNotFailWithoutAdministrators() {
		assertThat(rule.check(OpeningFactsFixture.valid().withAdministrators(null).build())).isEmpty();
	}

	static void assertPersonalSubject(List<RuleViolation> violations) {
		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.HARD, "certificationSubject"));
		assertThat(violations.get(0).message()).contains("认证主体不能是个人").contains("第十三条");
	}

}

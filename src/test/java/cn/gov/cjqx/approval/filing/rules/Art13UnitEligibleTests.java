package cn.gov.cjqx.approval.filing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;
import cn.gov.cjqx.approval.unit.UnitKind;

class Art13UnitEligibleTests {

	static final String CODE = "ART13_UNIT_ELIGIBLE";

	final UnitEligibleRule rule = new UnitEligibleRule();

	@Test
	void shouldBeAHardRuleOfArticle13() {
		assertThat(rule.code()).isEqualTo(CODE);
		assertThat(rule.kind()).isEqualTo(RuleKind.HARD);
	}

	@Test
	void shouldAcceptAnOpenUnitWithPublicFunctions() {
		assertThat(rule.check(OpeningFactsFixture.valid().build())).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(UnitKind.class)
	void shouldNotLookAtTheKindOfUnit(UnitKind kind) {
		assertThat(rule.check(OpeningFactsFixture.valid().withUnitKind(kind).build())).isEmpty();
	}

	@Test
	void shouldRefuseAClassifiedUnit() {
		List<RuleViolation> violations = rule.check(OpeningFactsFixture.valid().withClassified(true).build());

		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.HARD, "unitCode"));
		assertThat(violations.get(0).message()).contains("涉密单位").contains("第十三条");
	}

	@Test
	void shouldRefuseAUnitWithoutPublicManagementFunctions() {
		List<RuleViolation> violations = rule.check(OpeningFactsFixture.valid().withPublicFunctions(false).build());

		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.HARD, "unitCode"));
		assertThat(violations.get(0).message()).contains("不对外行使公共管理职能").contains("第十三条");
	}

	@Test
	void shouldGiveBothReasonsForAClassifiedUnitWithoutPublicFunctions() {
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.valid().withClassified(true).withPublicFunctions(false).build());

		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.HARD, "unitCode"), tuple(CODE, RuleKind.HARD, "unitCode"));
		assertThat(violations.get(0).message()).contains("涉密单位");
		assertThat(violations.get(1).message()).contains("公共管理职能");
	}

}

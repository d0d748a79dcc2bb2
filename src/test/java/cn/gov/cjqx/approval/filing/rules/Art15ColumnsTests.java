package cn.gov.cjqx.approval.filing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.cjqx.approval.account.AccountColumn;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

class Art15ColumnsTests {

	static final String CODE = "ART15_COLUMNS";

	final ColumnsRule rule = new ColumnsRule();

	@Test
	void shouldBeASoftRuleOfArticle15() {
		assertThat(rule.code()).isEqualTo(CODE);
		assertThat(rule.kind()).isEqualTo(RuleKind.SOFT);
	}

	@Test
	void shouldAcceptTheValidFiling() {
		assertThat(rule.check(OpeningFactsFixture.valid().build())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "解读回应", "办事服务", "互动交流" })
	void shouldAcceptPublishingWithAnyOneOfTheServiceColumns(String service) {
		assertThat(rule.check(OpeningFactsFixture.valid().withColumns("信息发布", service).build())).isEmpty();
	}

	@Test
	void shouldAcceptMoreColumnsThanRequired() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withColumns("信息发布", "解读回应", "办事服务", "互动交流", "气象科普")
			.build();

		assertThat(rule.check(facts)).isEmpty();
	}

	@Test
	void shouldRefuseOnlyPublishing() {
		List<RuleViolation> violations = rule.check(OpeningFactsFixture.valid().withColumns("信息发布").build());

		assertSingleViolation(violations);
		assertThat(violations.get(0).message()).contains("“解读回应”“办事服务”“互动交流”中的一项").endsWith("；目前缺少后者");
	}

	@Test
	void shouldRefuseOnlyAServiceColumn() {
		List<RuleViolation> violations = rule.check(OpeningFactsFixture.valid().withColumns("办事服务").build());

		assertSingleViolation(violations);
		assertThat(violations.get(0).message()).endsWith("；目前缺少“信息发布”");
	}

	@Test
	void shouldRefuseColumnsThatAreNeitherPublishingNorService() {
		List<RuleViolation> violations = rule.check(OpeningFactsFixture.valid().withColumns("气象科普", "关于我们").build());

		assertSingleViolation(violations);
		assertThat(violations.get(0).message()).contains("至少包括“信息发布”").doesNotContain("目前缺少");
	}

	@Test
	void shouldRefuseAMissingColumnsList() {
		List<RuleViolation> violations = rule.check(OpeningFactsFixture.valid().withColumns((List<AccountColumn>) null).build());

		assertSingleViolation(violations);
		assertThat(violations.get(0).message()).contains("至少包括“信息发布”").doesNotContain("目前缺少");
	}

	@Test
	void shouldRefuseAnEmptyColumnsList() {
		assertSingleViolation(rule.check(OpeningFactsFixture.valid().withColumns(List.of()).build()));
	}

	@Test
	void shouldIgnoreSpacesAroundAFirstLevelMenu() {
		assertThat(rule.check(OpeningFactsFixture.valid().withColumns(" 信息发布 ", "互动交流\t").build())).isEmpty();
	}

	@Test
	void shouldOnlyCountFirstLevelMenus() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withColumns(List.of(new AccountColumn("政务公开", "信息发布", null, null),
					new AccountColumn("互动交流", null, null, null)))
			.build();

		List<RuleViolation> violations = rule.check(facts);

		assertSingleViolation(violations);
		assertThat(violations.get(0).message()).endsWith("；目前缺少“信息发布”");
	}

	@Test
	void shouldSkipRowsWithoutAFirstLevelMenu() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withColumns(List.of(new AccountColumn(null, "天气预报", null, null), OpeningFactsFixture.column("信息发布"),
					OpeningFactsFixture.column("办事服务")))
			.build();

		assertThat(rule.check(facts)).isEmpty();
	}

	static void assertSingleViolation(List<RuleViolation> violations) {
		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.SOFT, "columns"));
		assertThat(violations.get(0).message()).contains("第十五条");
	}

}

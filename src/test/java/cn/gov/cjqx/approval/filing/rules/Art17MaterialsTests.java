package cn.gov.cjqx.approval.filing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.cjqx.approval.filing.MaterialFields;
import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.filing.OpeningMaterial;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

class Art17MaterialsTests {

	static final String CODE = "ART17_MATERIALS";

	final MaterialsRule rule = new MaterialsRule();

	@Test
	void shouldBeASoftRuleOfArticle17() {
		assertThat(rule.code()).isEqualTo(CODE);
		assertThat(rule.kind()).isEqualTo(RuleKind.SOFT);
	}

	@Test
	void shouldAcceptAllAlwaysRequiredMaterials() {
		assertThat(rule.check(OpeningFactsFixture.valid().build())).isEmpty();
	}

	@Test
	void shouldNotAskTheApplicantForTheMinutesWhichComeWithTheUnitsDecision() {
		OpeningFacts facts = OpeningFactsFixture.valid().withoutMaterial(OpeningMaterial.MEETING_MINUTES).build();

		assertThat(facts.materialsPresent()).doesNotContain(OpeningMaterial.MEETING_MINUTES);
		assertThat(rule.check(facts)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "REGISTRATION_FORM, materialRegistrationForm, （一）《云南省政务新媒体备案登记表》",
			"STAFF_AND_EQUIPMENT, materialStaffAndEquipment, （三）人员管理、设备配置使用情况",
			"REVIEW_MECHANISM, materialReviewMechanism, （四）信息发布审核机制",
			"SECURITY_OPERATIONS, materialSecurityOperations, （五）安全运维情况",
			"MAP_USAGE, materialMapUsage, （六）地图使用情况",
			"NAME_AND_LAYOUT, materialNameAndLayout, （七）政务新媒体的名称、实名认证、版面栏目设计情况" })
	void shouldRequireEachAlwaysRequiredMaterial(OpeningMaterial material, String field, String title) {
		List<RuleViolation> violations = rule.check(OpeningFactsFixture.valid().withoutMaterial(material).build());

		assertSingleViolation(violations, field);
		assertThat(violations.get(0).message()).isEqualTo("缺少材料" + title + "（第十七条）");
	}

	@Test
	void shouldRequireAMaterialWhoseFileIsNotStored() {
		// the filing names an id, but only the materials really there count
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.valid().withMaterialFileMissing(OpeningMaterial.REVIEW_MECHANISM).build());

		assertSingleViolation(violations, "materialReviewMechanism");
	}

	@Test
	void shouldListEveryMissingMaterialInArticleOrder() {
		OpeningFactsFixture fixture = OpeningFactsFixture.valid();
		OpeningFactsFixture.ALWAYS_REQUIRED.forEach(fixture::withoutMaterial);

		assertThat(rule.check(fixture.build())).extracting(RuleViolation::field)
			.containsExactly("materialRegistrationForm", "materialStaffAndEquipment", "materialReviewMechanism",
					"materialSecurityOperations", "materialMapUsage", "materialNameAndLayout");
	}

	// (八) entrustment

	@Test
	void shouldNotRequireTheEntrustmentAgreementWhenNothingIsEntrusted() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withUndertakingEntrusted(false)
			.withoutMaterial(OpeningMaterial.ENTRUSTMENT)
			.build();

		assertThat(rule.check(facts)).isEmpty();
	}

	@Test
	void shouldRequireTheEntrustmentAgreementWhenAnOutsideBodyUndertakesTheAccount() {
		List<RuleViolation> violations = rule.check(OpeningFactsFixture.valid().withUndertakingEntrusted(true).build());

		assertSingleViolation(violations, "materialEntrustment");
		assertThat(violations.get(0).message()).contains("（八）").contains("保密协议");
	}

	@Test
	void shouldAcceptTheEntrustmentAgreementWhenAnOutsideBodyUndertakesTheAccount() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withUndertakingEntrusted(true)
			.withMaterial(OpeningMaterial.ENTRUSTMENT)
			.build();

		assertThat(rule.check(facts)).isEmpty();
	}

	// (九) news qualification

	@Test
	void shouldNotRequireTheNewsQualificationWithoutNewsOrAudiovisualServices() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withProvidesNewsOrAudiovisual(false)
			.withoutMaterial(OpeningMaterial.NEWS_QUALIFICATION)
			.build();

		assertThat(rule.check(facts)).isEmpty();
	}

	@Test
	void shouldRequireTheNewsQualificationForNewsOrAudiovisualServices() {
		List<RuleViolation> violations = rule
			.check(OpeningFactsFixture.valid().withProvidesNewsOrAudiovisual(true).build());

		assertSingleViolation(violations, "materialNewsQualification");
		assertThat(violations.get(0).message()).contains("（九）").contains("互联网新闻信息服务或网络视听节目服务资质");
	}

	@Test
	void shouldAcceptTheNewsQualificationForNewsOrAudiovisualServices() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withProvidesNewsOrAudiovisual(true)
			.withMaterial(OpeningMaterial.NEWS_QUALIFICATION)
			.build();

		assertThat(rule.check(facts)).isEmpty();
	}

	@Test
	void shouldRequireBothConditionalMaterialsWhenBothApply() {
		OpeningFacts facts = OpeningFactsFixture.valid()
			.withUndertakingEntrusted(true)
			.withProvidesNewsOrAudiovisual(true)
			.build();

		assertThat(rule.check(facts)).extracting(RuleViolation::field)
			.containsExactly("materialEntrustment", "materialNewsQualification");
	}

	@Test
	void shouldNameTheFilingFieldOfEachMaterial() {
		assertThat(MaterialFields.of(OpeningMaterial.REGISTRATION_FORM)).isEqualTo("materialRegistrationForm");
		assertThat(MaterialFields.of(OpeningMaterial.NEWS_QUALIFICATION)).isEqualTo("materialNewsQualification");
		java.util.Set<String> fields = java.util.Arrays.stream(OpeningFiling.class.getRecordComponents())
			.map(java.lang.reflect.RecordComponent::getName)
			.collect(java.util.stream.Collectors.toSet());
		for (OpeningMaterial material : OpeningMaterial.values()) {
			if (material != OpeningMaterial.MEETING_MINUTES) { // (二) comes with the unit's decision
				assertThat(fields).contains(MaterialFields.of(material));
			}
		}
	}

	static void assertSingleViolation(List<RuleViolation> violations, String field) {
		assertThat(violations).extracting(RuleViolation::code, RuleViolation::kind, RuleViolation::field)
			.containsExactly(tuple(CODE, RuleKind.SOFT, field));
	}

}

package cn.gov.cjqx.approval.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.demo.DemoUnits;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.unit.Unit;
import cn.gov.cjqx.approval.unit.UnitKind;
import cn.gov.cjqx.approval.unit.UnitRepository;
import cn.gov.cjqx.approval.website.Website;
import cn.gov.cjqx.approval.website.WebsiteRepository;

/** The schema is Flyway's, and the demo profile brings a unit for every Article 13 situation and a user per group. */
@IntegrationTest
class DemoDataTests {

	@Autowired
	Flyway flyway;

	@Autowired
	UnitRepository units;

	@Autowired
	NewMediaAccountRepository accounts;

	@Autowired
	IdentityService identity;

	@Autowired
	WebsiteRepository websites;

	@Test
	void shouldHaveAppliedAndValidatedEveryMigration() {
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(flyway.info().applied()).isNotEmpty().allMatch(m -> m.getState().isApplied());
		flyway.validate();
	}

	@Test
	void shouldProvideAUnitForEverySituationOfArticle13() {
		Unit bureau = units.findByCode(DemoUnits.BUREAU).orElseThrow();
		assertThat(bureau.getShortName()).isEqualTo("澄江气象");
		assertThat(bureau.isVerticallyManaged()).isTrue();
		assertThat(units.findByCode(DemoUnits.INTERNAL_DEPARTMENT).orElseThrow().getKind())
			.isEqualTo(UnitKind.INTERNAL_DEPARTMENT);
		assertThat(units.findByCode(DemoUnits.CLASSIFIED).orElseThrow().isClassified()).isTrue();
		assertThat(units.findByCode(DemoUnits.NO_PUBLIC_FUNCTIONS).orElseThrow().isPublicFunctions()).isFalse();
	}

	@Test
	@Transactional
	void shouldProvideTheBureausActiveWeChatAccount() {
		assertThat(accounts.findByHostUnitCodeInOrderByIdAsc(java.util.List.of(DemoUnits.BUREAU)))
			.anySatisfy(account -> {
				assertThat(account.getPlatform()).isEqualTo("WECHAT_SUBSCRIPTION");
				assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
				assertThat(account.getNationalFilingNo()).isNotBlank();
				assertThat(account.getAdministrators()).isNotEmpty();
				assertThat(account.getColumns()).isNotEmpty();
			});
	}

	@Test
	@Transactional
	void shouldNameTheBureausWebsiteAsABureausSiteNotAPeoplesGovernments() {
		// a bureau is not a people's government (人民政府): its site is the bureau's website
		assertThat(websites.findByHostUnitCodeInOrderByIdAsc(java.util.List.of(DemoUnits.BUREAU)))
			.extracting(Website::getName)
			.contains("澄江市气象局网站")
			.noneMatch(name -> name.contains("人民政府"));
	}

	@Test
	void shouldProvideOneDemoUserPerGroup() {
		assertThat(identity.createUserQuery().memberOfGroup(Groups.APPLICANTS).count()).isPositive();
		assertThat(identity.createUserQuery().memberOfGroup(Groups.UNIT_LEADERS).count()).isPositive();
		assertThat(identity.createUserQuery().memberOfGroup(Groups.BUREAU_OFFICE).count()).isPositive();
		assertThat(identity.createUserQuery().memberOfGroup(Groups.CITY_GOV_OFFICE).count()).isPositive();
		assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMIN).count()).isPositive();
		assertThat(identity.checkPassword("applicant", "demo")).isTrue();
		assertThat(identity.createUserQuery()
			.userId("leader")
			.memberOfGroup(Groups.ofUnit(Groups.UNIT_LEADERS, DemoUnits.BUREAU))
			.count()).isEqualTo(1);
	}

}

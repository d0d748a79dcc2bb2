package cn.gov.cjqx.approval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AppUserTests {

	@Test
	void shouldDeriveTheUnitFromPerUnitRoleGroups() {
		AppUser leader = new AppUser("li", Set.of("unit-leaders", "unit-leaders-cjqx"));
		assertThat(leader.unitCodes()).containsExactly("cjqx");
		assertThat(leader.canSeeUnit("cjqx")).isTrue();
		assertThat(leader.canSeeUnit("cjqxt")).isFalse();
		assertThat(leader.canSeeUnit(null)).isFalse();
	}

	@Test
	void shouldKeepUnitCodesThatContainHyphens() {
		assertThat(new AppUser("a", Set.of("applicants-cjqx-bgs")).unitCodes()).containsExactly("cjqx-bgs");
	}

	@Test
	void shouldNotTakeTheRoleGroupItselfForAUnit() {
		assertThat(new AppUser("a", Set.of("applicants", "unit-leaders", "applicants-")).unitCodes()).isEmpty();
	}

	@Test
	void shouldLetApproversAndTheOperatorSeeEveryUnit() {
		assertThat(new AppUser("o", Set.of(Groups.BUREAU_OFFICE)).canSeeUnit("cjqx")).isTrue();
		assertThat(new AppUser("c", Set.of(Groups.CITY_GOV_OFFICE)).canSeeUnit(null)).isTrue();
		assertThat(new AppUser("admin", Set.of(Groups.ADMIN)).canSeeUnit("cjqxt")).isTrue();
	}

}

package cn.gov.cjqx.approval.filing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.account.PlatformCatalog;
import cn.gov.cjqx.approval.material.MaterialService;
import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;
import cn.gov.cjqx.approval.unit.Unit;
import cn.gov.cjqx.approval.unit.UnitKind;

/**
 * A start through our API checks the rules at the REST door and the process checks them again in the same
 * transaction: the second check takes the door's result for the same unit and filing, once, and only there.
 */
class OpeningRuleCheckerTests {

	NewMediaAccountRepository accounts = mock(NewMediaAccountRepository.class);

	OpeningRule rule = mock(OpeningRule.class);

	OpeningRuleChecker checker;

	Unit unit = new Unit("cjqxt", "澄江市气象台", "澄江气象台", UnitKind.PUBLIC_INSTITUTION, false, true, false,
			null);

	OpeningFiling filing = OpeningFactsFixture.valid().filing();

	@BeforeEach
	void setUp() {
		PlatformCatalog platforms = mock(PlatformCatalog.class);
		when(platforms.find(any())).thenReturn(Optional.of(OpeningFactsFixture.WECHAT_SUBSCRIPTION));
		when(rule.check(any())).thenReturn(
				List.of(new RuleViolation("ART15_ACCOUNT_NAME", RuleKind.SOFT, "accountName", "名称不规范")));
		checker = new OpeningRuleChecker(List.of(rule), accounts, mock(MaterialService.class), platforms);
	}

	@AfterEach
	void tearDown() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.getSynchronizations()
				.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void shouldLetTheProcessTakeTheDoorsResultForTheSameFilingOnce() {
		TransactionSynchronizationManager.initSynchronization();

		List<RuleViolation> atTheDoor = checker.checkBeforeStart(filing, unit);
		List<RuleViolation> inTheProcess = checker.check(filing, unit, 41L);
		checker.check(filing, unit, 41L);

		assertThat(inTheProcess).isEqualTo(atTheDoor).extracting(RuleViolation::code).containsExactly("ART15_ACCOUNT_NAME");
		verify(rule, times(2)).check(any());
		verify(accounts, times(2)).countHeldByHostUnitIdExcept(any(), anyLong());
	}

	@Test
	void shouldCheckAnotherFilingAnew() {
		TransactionSynchronizationManager.initSynchronization();

		checker.checkBeforeStart(filing, unit);
		checker.check(OpeningFactsFixture.valid().withAccountName("澄江天气").filing(), unit, 41L);

		verify(rule, times(2)).check(any());
	}

	@Test
	void shouldForgetTheDoorsResultWhenTheTransactionEnds() {
		TransactionSynchronizationManager.initSynchronization();
		checker.checkBeforeStart(filing, unit);
		tearDown();

		TransactionSynchronizationManager.initSynchronization();
		checker.check(filing, unit, 41L);

		verify(rule, times(2)).check(any());
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
	}

	@Test
	void shouldCheckEveryTimeOutsideATransaction() {
		checker.checkBeforeStart(filing, unit);
		checker.check(filing, unit, 41L);

		verify(rule, times(2)).check(any());
	}

}

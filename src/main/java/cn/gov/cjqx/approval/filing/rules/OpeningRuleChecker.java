package cn.gov.cjqx.approval.filing.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.material.MaterialService;
import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.filing.OpeningMaterial;
import cn.gov.cjqx.approval.account.PlatformCatalog;
import cn.gov.cjqx.approval.rules.RuleViolation;
import cn.gov.cjqx.approval.unit.Unit;

/** Gathers the facts of a filing with one query each, then runs every opening rule. */
@Component
public class OpeningRuleChecker {

	/** Transaction resource: the door's result, taken by the process's first check of the same filing. */
	private static final Object CHECKED_BEFORE_START = new Object();

	private record CheckedBeforeStart(Long unitId, OpeningFiling filing, List<RuleViolation> violations) {
	}

	private final List<OpeningRule> rules;

	private final NewMediaAccountRepository accounts;

	private final MaterialService materials;

	private final PlatformCatalog platforms;

	OpeningRuleChecker(List<OpeningRule> rules, NewMediaAccountRepository accounts, MaterialService materials,
			PlatformCatalog platforms) {
		this.rules = rules;
		this.accounts = accounts;
		this.materials = materials;
		this.platforms = platforms;
	}

	/**
	 * The check at the REST door, before the process starts in the same transaction. Its result stands in for the
	 * process's own check of the same filing in that transaction (see {@link #check}), so a start through our API
	 * gathers the facts once: nothing can change them in between, since the caller holds the unit's lock until the
	 * transaction ends and the only account written in between is the filing's own, which the check does not count.
	 *
	 * @param unit the host unit, locked by the caller
	 */
	public List<RuleViolation> checkBeforeStart(OpeningFiling filing, Unit unit) {
		List<RuleViolation> violations = check(filing, unit, null);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			if (!TransactionSynchronizationManager.hasResource(CHECKED_BEFORE_START)) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						TransactionSynchronizationManager.unbindResourceIfPossible(CHECKED_BEFORE_START);
					}
				});
			}
			else {
				TransactionSynchronizationManager.unbindResource(CHECKED_BEFORE_START);
			}
			TransactionSynchronizationManager.bindResource(CHECKED_BEFORE_START,
					new CheckedBeforeStart(unit.getId(), filing, violations));
		}
		return violations;
	}

	/**
	 * @param unit the host unit, locked by the caller when the result decides whether a filing may proceed
	 * @param ownAccountId the account this filing opens (not counted against itself), or null before it exists
	 */
	public List<RuleViolation> check(OpeningFiling filing, Unit unit, Long ownAccountId) {
		if (ownAccountId != null && TransactionSynchronizationManager.getResource(CHECKED_BEFORE_START)
				instanceof CheckedBeforeStart before && Objects.equals(before.unitId(), unit.getId())
				&& before.filing().equals(filing)) {
			TransactionSynchronizationManager.unbindResource(CHECKED_BEFORE_START);
			return before.violations();
		}
		long others = accounts.countHeldByHostUnitIdExcept(unit.getId(), ownAccountId == null ? -1L : ownAccountId);
		OpeningFacts facts = new OpeningFacts(filing,
				new OpeningFacts.HostUnit(unit.getCode(), unit.getFullName(), unit.getShortName(), unit.getKind(),
						unit.isClassified(), unit.isPublicFunctions(), unit.isVerticallyManaged()),
				others, platforms.find(filing.platform()), present(filing.materials(), unit));
		List<RuleViolation> violations = new ArrayList<>();
		for (OpeningRule rule : rules) {
			violations.addAll(rule.check(facts));
		}
		return violations;
	}

	private Set<OpeningMaterial> present(Map<OpeningMaterial, UUID> given, Unit unit) {
		Set<UUID> ofUnit = materials.idsOfUnit(given.values(), unit.getId());
		Set<OpeningMaterial> present = EnumSet.noneOf(OpeningMaterial.class);
		given.forEach((kind, id) -> {
			if (ofUnit.contains(id)) {
				present.add(kind);
			}
		});
		return present;
	}

}

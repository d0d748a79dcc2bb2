package cn.gov.cjqx.approval.opening.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.material.MaterialService;
import cn.gov.cjqx.approval.opening.OpeningFiling;
import cn.gov.cjqx.approval.opening.OpeningMaterial;
import cn.gov.cjqx.approval.account.PlatformCatalog;
import cn.gov.cjqx.approval.rules.RuleViolation;
import cn.gov.cjqx.approval.unit.Unit;

/** Gathers the facts of a filing with one query each, then runs every opening rule. */
@Component
public class OpeningRuleChecker {

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
	 * @param unit the host unit, locked by the caller when the result decides whether a filing may proceed
	 * @param ownAccountId the account this filing opens (not counted against itself), or null before it exists
	 */
	public List<RuleViolation> check(OpeningFiling filing, Unit unit, Long ownAccountId) {
		long others = accounts.countByHostUnitIdAndStatusInAndIdNot(unit.getId(), NewMediaAccountRepository.HELD,
				ownAccountId == null ? -1L : ownAccountId);
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

package cn.gov.cjqx.approval.filing.rules;

import java.util.Optional;
import java.util.Set;

import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.filing.OpeningMaterial;
import cn.gov.cjqx.approval.account.PlatformCatalog.Platform;
import cn.gov.cjqx.approval.unit.UnitKind;

/**
 * Everything the opening rules look at, gathered once: the filing, its host unit, how many other accounts the unit
 * holds (active, opening or closing), the platform's configuration if approved, and which materials are really there.
 */
public record OpeningFacts(OpeningFiling filing, HostUnit unit, long otherAccountsOfUnit, Optional<Platform> platform,
		Set<OpeningMaterial> materialsPresent) {

	public record HostUnit(String code, String fullName, String shortName, UnitKind kind, boolean classified,
			boolean publicFunctions, boolean verticallyManaged) {
	}

	public boolean selfBuiltApp() {
		return platform.map(Platform::selfBuilt).orElse(false);
	}

}

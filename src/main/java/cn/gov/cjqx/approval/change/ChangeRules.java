package cn.gov.cjqx.approval.change;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.account.NewMediaAccount;
import cn.gov.cjqx.approval.filing.OpeningMaterial;
import cn.gov.cjqx.approval.filing.rules.AccountNameRule;
import cn.gov.cjqx.approval.filing.rules.ColumnsRule;
import cn.gov.cjqx.approval.filing.rules.HostIsUnitRule;
import cn.gov.cjqx.approval.filing.rules.OneAccountPerUnitRule;
import cn.gov.cjqx.approval.filing.rules.OpeningFacts;
import cn.gov.cjqx.approval.filing.rules.UnitEligibleRule;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/**
 * The opening's rules that a change touches, run on the values after the change: a new host unit (ART13_UNIT_ELIGIBLE,
 * ART13_HOST_IS_UNIT, ART13_ONE_ACCOUNT_PER_UNIT), the name and certification (ART15_ACCOUNT_NAME), the columns
 * (ART15_COLUMNS), and the materials a change adds (ART17_MATERIALS: 八 when an undertaking unit is newly entrusted,
 * 九 when the news service is added).
 */
@Component
class ChangeRules {

	private final UnitEligibleRule unitEligible;

	private final HostIsUnitRule hostIsUnit;

	private final OneAccountPerUnitRule oneAccountPerUnit;

	private final AccountNameRule accountName;

	private final ColumnsRule columns;

	ChangeRules(UnitEligibleRule unitEligible, HostIsUnitRule hostIsUnit, OneAccountPerUnitRule oneAccountPerUnit,
			AccountNameRule accountName, ColumnsRule columns) {
		this.unitEligible = unitEligible;
		this.hostIsUnit = hostIsUnit;
		this.oneAccountPerUnit = oneAccountPerUnit;
		this.accountName = accountName;
		this.columns = columns;
	}

	List<RuleViolation> check(OpeningFacts facts, ChangeRequest request, NewMediaAccount account, boolean hostChanged) {
		List<RuleViolation> violations = new ArrayList<>();
		if (hostChanged) {
			violations.addAll(unitEligible.check(facts));
			violations.addAll(hostIsUnit.check(facts));
			violations.addAll(oneAccountPerUnit.check(facts));
		}
		else if (request.certificationSubject() != null) {
			violations.addAll(hostIsUnit.check(facts));
		}
		if (hostChanged || request.accountName() != null || request.certified() != null
				|| request.certificationSubject() != null) {
			violations.addAll(accountName.check(facts));
		}
		if (request.columns() != null) {
			violations.addAll(columns.check(facts));
		}
		if (Boolean.TRUE.equals(request.undertakingEntrusted()) && !account.isUndertakingEntrusted()
				&& !facts.materialsPresent().contains(OpeningMaterial.ENTRUSTMENT)) {
			violations.add(new RuleViolation("ART17_MATERIALS", RuleKind.SOFT, "materialEntrustment",
					"新委托专门机构承办的，须提交材料" + OpeningMaterial.ENTRUSTMENT.title() + "（第十七条）"));
		}
		if (Boolean.TRUE.equals(request.newsServiceLicensed()) && !account.isNewsServiceLicensed()
				&& !facts.materialsPresent().contains(OpeningMaterial.NEWS_QUALIFICATION)) {
			violations.add(new RuleViolation("ART17_MATERIALS", RuleKind.SOFT, "materialNewsQualification",
					"新增互联网新闻信息服务的，须提交材料" + OpeningMaterial.NEWS_QUALIFICATION.title() + "（第十七条）"));
		}
		return violations;
	}

}

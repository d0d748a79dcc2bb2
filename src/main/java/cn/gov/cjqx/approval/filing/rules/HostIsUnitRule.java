package cn.gov.cjqx.approval.filing.rules;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.account.AccountAdministrator;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;
import cn.gov.cjqx.approval.unit.UnitKind;

/**
 * Art. 13: the host is a unit: not an internal department (内设机构), and no person in the unit's name. The host is
 * always a registered unit here, so the person case shows as an account certified to one of its own people.
 */
@Component
public class HostIsUnitRule implements OpeningRule {

	@Override
	public String code() {
		return "ART13_HOST_IS_UNIT";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(OpeningFacts facts) {
		List<RuleViolation> violations = new ArrayList<>();
		if (facts.unit().kind() == UnitKind.INTERNAL_DEPARTMENT) {
			violations.add(violation("unitCode", "不得以单位内设机构名义开办政务新媒体（第十三条），请以所属单位名义申请"));
		}
		String subject = facts.filing().certificationSubject();
		if (!OpeningRule.blank(subject) && facts.filing().administrators() != null && facts.filing()
			.administrators()
			.stream()
			.map(AccountAdministrator::name)
			.anyMatch(name -> name != null && name.strip().equals(subject.strip()))) {
			violations.add(violation("certificationSubject", "禁止个人以单位名义开办政务新媒体：认证主体不能是个人（第十三条）"));
		}
		return violations;
	}

}

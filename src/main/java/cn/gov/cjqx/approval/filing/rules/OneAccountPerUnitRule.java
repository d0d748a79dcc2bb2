package cn.gov.cjqx.approval.filing.rules;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/**
 * Art. 13: a unit holds at most one account (active, opening or closing). A vertically managed unit may hold more when
 * it cites its superior authority's rule. The count is taken under a lock on the unit, so it holds for concurrent
 * filings.
 */
@Component
public class OneAccountPerUnitRule implements OpeningRule {

	@Override
	public String code() {
		return "ART13_ONE_ACCOUNT_PER_UNIT";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(OpeningFacts facts) {
		if (facts.otherAccountsOfUnit() == 0) {
			return List.of();
		}
		boolean basisGiven = !OpeningRule.blank(facts.filing().verticalManagementBasis());
		if (facts.unit().verticallyManaged() && basisGiven) {
			return List.of();
		}
		String message = "本单位已有政务新媒体账号（正常运行、开设中或关停公告中），一个单位原则上只开办一个账号（第十三条）";
		if (basisGiven) {
			message += "；只有垂管单位可依上级主管单位的规定另行开办";
		}
		else if (facts.unit().verticallyManaged()) {
			message += "；垂管单位如上级主管单位另有规定，请在“垂管依据”中写明";
		}
		return List.of(violation("unitCode", message));
	}

}

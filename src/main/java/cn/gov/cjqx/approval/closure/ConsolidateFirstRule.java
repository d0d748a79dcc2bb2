package cn.gov.cjqx.approval.closure;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.Rule;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/**
 * ART19_CONSOLIDATE_FIRST: an account closed for low usage, similar functions or nonconformity is consolidated first
 * (先整合后关停): the unit names the account that takes over and what was consolidated, before it decides.
 */
@Component
class ConsolidateFirstRule implements Rule<ConsolidateFirstRule.Facts> {

	record Facts(String retainedAccount, String consolidationDone) {
	}

	@Override
	public String code() {
		return "ART19_CONSOLIDATE_FIRST";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(Facts facts) {
		if (facts.retainedAccount() == null || facts.retainedAccount().isBlank()) {
			return List.of(violation("retainedAccount", "先整合后关停：请填写保留的账号（第十九条）"));
		}
		if (facts.consolidationDone() == null || facts.consolidationDone().isBlank()) {
			return List.of(violation("consolidationDone", "先整合后关停：请填写已完成的整合情况（第十九条）"));
		}
		return List.of();
	}

}

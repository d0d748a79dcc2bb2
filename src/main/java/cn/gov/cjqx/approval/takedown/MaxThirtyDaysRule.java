package cn.gov.cjqx.approval.takedown;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.Rule;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** ART10_MAX_30_DAYS: a website goes offline for at most 30 days. */
@Component
class MaxThirtyDaysRule implements Rule<TakedownFacts> {

	@Override
	public String code() {
		return "ART10_MAX_30_DAYS";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(TakedownFacts facts) {
		return facts.plannedDays() > TakedownRules.MAX_DAYS ? List.of(violation("plannedDays", "临时下线时间不得超过 30 天（第十条），计划为 " + facts.plannedDays() + " 天")) : List.of();
	}

}

package cn.gov.cjqx.approval.takedown;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.Rule;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** ART10_ONCE_PER_YEAR: one takedown per website per calendar year, counted by the year the offline period starts. */
@Component
class OncePerYearRule implements Rule<TakedownFacts> {

	@Override
	public String code() {
		return "ART10_ONCE_PER_YEAR";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(TakedownFacts facts) {
		return facts.takedownsInStartYear() > 0 ? List.of(violation("plannedStart", "该网站 " + facts.startYear() + " 年已有一次临时下线（办理中或已实施），每年不得超过 1 次（第十条）")) : List.of();
	}

}

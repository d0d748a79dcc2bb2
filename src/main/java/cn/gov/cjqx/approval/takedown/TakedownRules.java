package cn.gov.cjqx.approval.takedown;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.Rule;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** The rules of a takedown request, one class per code, checked together in this order. */
@Component
public class TakedownRules {

	/** ART10_MAX_30_DAYS: the planned length. */
	public static final int MAX_DAYS = 30;

	private final List<Rule<TakedownFacts>> rules;

	TakedownRules(MaxThirtyDaysRule maxThirtyDays, OncePerYearRule oncePerYear, WebsiteFreeRule websiteFree) {
		this.rules = List.of(maxThirtyDays, oncePerYear, websiteFree);
	}

	public List<RuleViolation> check(TakedownFacts facts) {
		return rules.stream().flatMap(rule -> rule.check(facts).stream()).toList();
	}

}

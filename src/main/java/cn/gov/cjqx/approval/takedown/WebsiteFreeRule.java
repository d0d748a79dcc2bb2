package cn.gov.cjqx.approval.takedown;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.Rule;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** ONE_PROCEDURE_AT_A_TIME: no takedown while another takedown or outage report of the site runs. */
@Component
class WebsiteFreeRule implements Rule<TakedownFacts> {

	@Override
	public String code() {
		return "ONE_PROCEDURE_AT_A_TIME";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(TakedownFacts facts) {
		return facts.otherProcedureRunning() ? List.of(violation(null, "该网站已有正在办理的临时下线或断网报备事项，办结后才能再次申请")) : List.of();
	}

}

package cn.gov.cjqx.approval.filing.rules;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** Art. 13: classified units and units without public management functions open no accounts. */
@Component
public class UnitEligibleRule implements OpeningRule {

	@Override
	public String code() {
		return "ART13_UNIT_ELIGIBLE";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(OpeningFacts facts) {
		List<RuleViolation> violations = new ArrayList<>();
		if (facts.unit().classified()) {
			violations.add(violation("unitCode", "涉密单位不得开办政务新媒体（第十三条）"));
		}
		if (!facts.unit().publicFunctions()) {
			violations.add(violation("unitCode", "不对外行使公共管理职能的单位不得开办政务新媒体（第十三条）"));
		}
		return violations;
	}

}

package cn.gov.cjqx.approval.filing.rules;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** Art. 14: no "一事一端、一单位一应用": a self-built app must be part of an integrated platform. */
@Component
public class NoSinglePurposeAppRule implements OpeningRule {

	@Override
	public String code() {
		return "ART14_NO_SINGLE_PURPOSE_APP";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(OpeningFacts facts) {
		if (facts.selfBuiltApp() && OpeningRule.blank(facts.filing().appIntegratedPlatform())) {
			return List.of(violation("appIntegratedPlatform",
					"严禁“一事一端、一单位一应用”：自建移动客户端、小程序须依托集约化平台建设，请写明所依托的平台（第十四条）"));
		}
		return List.of();
	}

}

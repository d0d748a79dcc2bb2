package cn.gov.cjqx.approval.filing.rules;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** Art. 13: no separate account for a major event or a special project. */
@Component
public class NoEventAccountRule implements OpeningRule {

	@Override
	public String code() {
		return "ART13_NO_EVENT_ACCOUNT";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(OpeningFacts facts) {
		OpeningFiling filing = facts.filing();
		return Boolean.TRUE.equals(filing.eventOrSpecialProject())
				? List.of(violation("eventOrSpecialProject", "开展重大活动或专项工作，原则上不单独开办政务新媒体（第十三条）"))
				: List.of();
	}

}

package cn.gov.cjqx.approval.filing.rules;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** Art. 13: only platforms approved by the national authorities (the configured list {@code app.platforms}). */
@Component
public class ApprovedPlatformRule implements OpeningRule {

	@Override
	public String code() {
		return "ART13_APPROVED_PLATFORM";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(OpeningFacts facts) {
		return facts.platform().isPresent() ? List.of()
				: List.of(violation("platform", "发布平台“" + facts.filing().platform()
						+ "”不在国家有关主管单位核准的平台名单中，不得在其上开办政务新媒体（第十三条）"));
	}

}

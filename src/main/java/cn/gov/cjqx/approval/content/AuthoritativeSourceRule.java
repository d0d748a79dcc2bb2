package cn.gov.cjqx.approval.content;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.Rule;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/**
 * Art. 23: reposts come "原则上" from party and government organs and authoritative media. Another source is not
 * refused: the item goes to the main leader (主要负责同志), who may approve it with a written reason.
 */
@Component
class AuthoritativeSourceRule implements Rule<ContentFacts> {

	@Override
	public String code() {
		return "ART23_AUTHORITATIVE_SOURCE";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.SOFT;
	}

	@Override
	public List<RuleViolation> check(ContentFacts facts) {
		ContentRequest request = facts.request();
		if (request.kind() != ContentKind.REPOST || RepostSourceRule.host(request.sourceUrl()) == null
				|| facts.sourceOnList()) {
			return List.of();
		}
		return List.of(violation("sourceUrl", "转载来源“" + request.sourceName()
				+ "”不在党政机关和权威媒体名单内，须经主要负责同志同意并写明理由（第二十三条）"));
	}

}

package cn.gov.cjqx.approval.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.Rule;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** Art. 23: a repost names its source and the original's address (http or https), or it is not filed at all. */
@Component
class RepostSourceRule implements Rule<ContentFacts> {

	@Override
	public String code() {
		return "ART23_REPOST_SOURCE";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(ContentFacts facts) {
		ContentRequest request = facts.request();
		if (request.kind() != ContentKind.REPOST) {
			return List.of();
		}
		List<RuleViolation> violations = new ArrayList<>();
		if (request.sourceName() == null || request.sourceName().isBlank()) {
			violations.add(violation("sourceName", "转载的内容应注明来源（第二十三条）"));
		}
		if (host(request.sourceUrl()) == null) {
			violations.add(violation("sourceUrl", "转载的内容应注明原文链接，以 http:// 或 https:// 开头（第二十三条）"));
		}
		return violations;
	}

	/** The host of an http(s) address, lower case; null when the text is not such an address. */
	static String host(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = uri.getScheme();
			if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					|| uri.getHost() == null) {
				return null;
			}
			return uri.getHost().toLowerCase(java.util.Locale.ROOT);
		}
		catch (java.net.URISyntaxException e) {
			return null;
		}
	}

}

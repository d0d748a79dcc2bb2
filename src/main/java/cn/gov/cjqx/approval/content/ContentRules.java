package cn.gov.cjqx.approval.content;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.filing.rules.StandardMapRule;
import cn.gov.cjqx.approval.rules.RuleViolation;

/**
 * The rules of an item, checked together: ART23_REPOST_SOURCE (HARD, at the door), then the findings that send it
 * back to the editor (ART21_STANDARD_MAP, the opening's rule class; ART26_CONTENT_SAFETY) and the one that sends it to
 * the main leader (ART23_AUTHORITATIVE_SOURCE).
 */
@Component
class ContentRules {

	private final RepostSourceRule repostSource;

	private final AuthoritativeSourceRule authoritativeSource;

	private final StandardMapRule standardMap;

	private final AuthoritativeSources sources;

	ContentRules(RepostSourceRule repostSource, AuthoritativeSourceRule authoritativeSource, StandardMapRule standardMap,
			AuthoritativeSources sources) {
		this.repostSource = repostSource;
		this.authoritativeSource = authoritativeSource;
		this.standardMap = standardMap;
		this.sources = sources;
	}

	/** What the rules find on an item. */
	record Findings(List<RuleViolation> refusals, List<RuleViolation> corrections, List<RuleViolation> mainLeader) {

		List<RuleViolation> all() {
			List<RuleViolation> all = new ArrayList<>(refusals);
			all.addAll(corrections);
			all.addAll(mainLeader);
			return all;
		}

	}

	Findings check(ContentRequest request) {
		ContentFacts facts = facts(request);
		List<RuleViolation> corrections = new ArrayList<>(
				standardMap.checkMaps(request.mapsUsed(), request.standardMap(), request.mapApprovalNo()));
		return new Findings(repostSource.check(facts), corrections, authoritativeSource.check(facts));
	}

	ContentFacts facts(ContentRequest request) {
		return new ContentFacts(request, request.kind() == ContentKind.REPOST && sources.listed(request.sourceUrl()));
	}

}

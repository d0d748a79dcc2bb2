package cn.gov.cjqx.approval.content;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.Rule;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/**
 * Art. 22, 一事一审: a review decides exactly one item, the one its process instance was started for, and only while
 * that item is under review. The process has one item per instance and no multi-instance step; no door completes
 * several tasks at once (Tasklist has no batch completion, /engine-rest's batch and modification calls are the
 * operator's alone — EngineEntryGuard); this guard, run when a review step is completed, refuses a decision on an item
 * that is not (or no longer) under review — e.g. a second completion arriving after the first.
 */
@Component
class OneReviewPerItemRule implements Rule<OneReviewPerItemRule.Review> {

	/** The item of the reviewed step's process instance, if there is one, and its status. */
	record Review(ContentItem item) {
	}

	@Override
	public String code() {
		return "ART22_ONE_REVIEW_PER_ITEM";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(Review review) {
		if (review.item() == null) {
			return List.of(violation(null, "没有找到本环节审核的内容（一事一审：每个审核环节只审核一条内容）"));
		}
		if (review.item().getStatus() != ContentStatus.IN_REVIEW) {
			return List.of(violation(null, "“" + review.item().getTitle() + "”当前" + review.item().getStatus().label()
					+ "，不能再次审核（一事一审）"));
		}
		return List.of();
	}

}

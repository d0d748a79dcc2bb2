package cn.gov.cjqx.approval.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.gov.cjqx.approval.rules.RuleKind;

/** ART22_ONE_REVIEW_PER_ITEM: a review decides its own item, only while that item is under review. */
class Art22OneReviewPerItemTests {

	final OneReviewPerItemRule rule = new OneReviewPerItemRule();

	@Test
	void shouldLetAReviewDecideAnItemUnderReview() {
		assertThat(rule.check(new OneReviewPerItemRule.Review(item()))).isEmpty();
		assertThat(rule.kind()).isEqualTo(RuleKind.HARD);
	}

	@ParameterizedTest
	@EnumSource(value = ContentStatus.class, names = "IN_REVIEW", mode = EnumSource.Mode.EXCLUDE)
	void shouldRefuseASecondDecisionOnAnItemNoLongerUnderReview(ContentStatus status) {
		ContentItem item = item();
		item.end(status);
		assertThat(rule.check(new OneReviewPerItemRule.Review(item))).singleElement().satisfies(v -> {
			assertThat(v.code()).isEqualTo("ART22_ONE_REVIEW_PER_ITEM");
			assertThat(v.message()).contains("一事一审", status.label());
		});
	}

	@Test
	void shouldRefuseAReviewWithoutItsItem() {
		assertThat(rule.check(new OneReviewPerItemRule.Review(null))).extracting(v -> v.code())
			.containsExactly("ART22_ONE_REVIEW_PER_ITEM");
	}

	static ContentItem item() {
		return new ContentItem(1L, new ContentRequest(1L, null, "标题", "正文", ContentKind.ORIGINAL, null, null, null, null,
				null, null), false);
	}

}

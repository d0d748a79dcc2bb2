package cn.gov.cjqx.approval.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.cjqx.approval.rules.RuleKind;

/** ART23_REPOST_SOURCE: a repost names its source and the original's http(s) address. */
class Art23RepostSourceTests {

	final RepostSourceRule rule = new RepostSourceRule();

	@Test
	void shouldLeaveAnOriginalAlone() {
		assertThat(rule.check(facts(ContentKind.ORIGINAL, null, null))).isEmpty();
	}

	@Test
	void shouldAcceptARepostWithItsSourceAndAddress() {
		assertThat(rule.check(facts(ContentKind.REPOST, "新华社", "https://www.news.cn/politics/2026-11/02/c_1.htm"))).isEmpty();
		assertThat(rule.kind()).isEqualTo(RuleKind.HARD);
	}

	@Test
	void shouldNameEachMissingPart() {
		assertThat(rule.check(facts(ContentKind.REPOST, " ", null))).extracting(v -> v.field())
			.containsExactly("sourceName", "sourceUrl");
		assertThat(rule.check(facts(ContentKind.REPOST, " ", null))).allSatisfy(v -> {
			assertThat(v.code()).isEqualTo("ART23_REPOST_SOURCE");
			assertThat(v.message()).contains("第二十三条");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "www.news.cn/a", "ftp://news.cn/a", "javascript:alert(1)", "https://", "新华网", "http//news.cn" })
	void shouldRefuseAnAddressThatIsNotAWebAddress(String url) {
		assertThat(rule.check(facts(ContentKind.REPOST, "新华社", url))).extracting(v -> v.field())
			.containsExactly("sourceUrl");
	}

	static ContentFacts facts(ContentKind kind, String sourceName, String sourceUrl) {
		return new ContentFacts(new ContentRequest(1L, null, "标题", "正文", kind, sourceName, sourceUrl, null, null, null,
				null), false);
	}

}

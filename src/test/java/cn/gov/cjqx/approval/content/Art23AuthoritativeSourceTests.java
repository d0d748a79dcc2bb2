package cn.gov.cjqx.approval.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.cjqx.approval.rules.RuleKind;

/**
 * ART23_AUTHORITATIVE_SOURCE: a repost from a site off the list is not refused but flagged for the main leader; the
 * list is matched on the address's host (a subdomain counts), not on the name the editor typed.
 */
class Art23AuthoritativeSourceTests {

	final AuthoritativeSources sources = new AuthoritativeSources(List.of(
			new AuthoritativeSources.Source("新华社", List.of("news.cn", "XinhuaNet.com")),
			new AuthoritativeSources.Source("政府网站", List.of("gov.cn"))));

	final AuthoritativeSourceRule rule = new AuthoritativeSourceRule();

	@ParameterizedTest
	@ValueSource(strings = { "https://news.cn/a", "https://www.news.cn/a", "http://www.xinhuanet.com/a",
			"https://www.yn.gov.cn/zwgk/a.html", "https://WWW.NEWS.CN/a" })
	void shouldPassAListedSite(String url) {
		assertThat(rule.check(facts("新华社", url))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://fakenews.cn/a", "https://news.cn.example.com/a", "https://gov.cn.evil.com/a",
			"https://example.com/a" })
	void shouldFlagAnotherSiteForTheMainLeaderWhateverItsName(String url) {
		assertThat(rule.check(facts("新华社", url))).singleElement().satisfies(v -> {
			assertThat(v.code()).isEqualTo("ART23_AUTHORITATIVE_SOURCE");
			assertThat(v.kind()).isEqualTo(RuleKind.SOFT);
			assertThat(v.message()).contains("主要负责同志");
		});
	}

	@Test
	void shouldLeaveOriginalsAndMalformedAddressesToTheOtherRules() {
		assertThat(rule.check(new ContentFacts(request(ContentKind.ORIGINAL, null, null), false))).isEmpty();
		// ART23_REPOST_SOURCE refuses it first
		assertThat(rule.check(facts("新华社", "news.cn/a"))).isEmpty();
	}

	ContentFacts facts(String name, String url) {
		return new ContentFacts(request(ContentKind.REPOST, name, url), sources.listed(url));
	}

	static ContentRequest request(ContentKind kind, String name, String url) {
		return new ContentRequest(1L, null, "标题", "正文", kind, name, url, null, null, null, null);
	}

}

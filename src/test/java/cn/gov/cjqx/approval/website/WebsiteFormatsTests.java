package cn.gov.cjqx.approval.website;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebsiteFormatsTests {

	@Test
	void shouldAcceptTheDemoWebsitesIdentifiers() {
		assertThatCode(() -> WebsiteFormats.requireValid("qxj.chengjiang.gov.cn", "5304210001", "滇ICP备05000001号-1",
				"滇公网安备53042102000001号"))
			.doesNotThrowAnyException();
	}

	@Test
	void shouldRefuseMalformedIdentifiers() {
		assertThatThrownBy(() -> WebsiteFormats.requireValid("http://qxj.gov.cn", "5304210001", null, null))
			.hasMessageContaining("域名");
		assertThatThrownBy(() -> WebsiteFormats.requireValid("qxj.gov.cn", "53042", null, null))
			.hasMessageContaining("网站标识码");
		assertThatThrownBy(() -> WebsiteFormats.requireValid("qxj.gov.cn", "5304210001", "ICP 123", null))
			.hasMessageContaining("ICP");
		assertThatThrownBy(() -> WebsiteFormats.requireValid("qxj.gov.cn", "5304210001", null, "滇公网安备123号"))
			.hasMessageContaining("公安");
	}

}

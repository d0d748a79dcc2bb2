package cn.gov.cjqx.approval.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/** The public notices page runs no script and applies only its own style block. */
@IntegrationTest
class NoticePageTests {

	@LocalServerPort
	int port;

	@Test
	void shouldAllowOnlyItsOwnStyleBlockByHash() throws Exception {
		Response page = new TestHttp(port).get(null, "/notices");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
		String html = page.text();
		String style = html.substring(html.indexOf("<style>") + "<style>".length(), html.indexOf("</style>"));
		String hash = Base64.getEncoder()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8)));
		assertThat(page.header("Content-Security-Policy")).startsWith("default-src 'none'; ")
			.contains("style-src 'sha256-" + hash + "'", "frame-ancestors 'self'")
			.doesNotContain("script-src", "unsafe-inline");
		assertThat(html).doesNotContain("<script", "style=\"");
	}

}

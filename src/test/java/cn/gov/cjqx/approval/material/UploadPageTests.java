package cn.gov.cjqx.approval.material;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/** The upload page and its files come with nosniff, frame protection and a CSP that its own files satisfy. */
@IntegrationTest
class UploadPageTests {

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
	}

	@Test
	void shouldServeThePageAndItsFilesWithSecurityHeaders() {
		for (String path : new String[] { "/upload.html", "/upload.js", "/upload.css" }) {
			Response response = http.get(null, path);
			assertThat(response.status()).as(path).isEqualTo(200);
			assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
			assertThat(response.header("Content-Security-Policy")).as(path)
				.contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
						"frame-ancestors 'self'")
				.doesNotContain("unsafe-inline");
		}
	}

	@Test
	void shouldKeepNoInlineScriptOrStyleThatThePolicyWouldBlock() {
		String page = http.get(null, "/upload.html").text();
		assertThat(page).contains("<script src=\"/upload.js\"></script>", "<link rel=\"stylesheet\" href=\"/upload.css\">")
			.doesNotContain("<script>", "<style", "style=\"", "onclick=", "onsubmit=");
		assertThat(http.get(null, "/upload.js").text()).contains("'X-Requested-With': 'material-upload'");
	}

}

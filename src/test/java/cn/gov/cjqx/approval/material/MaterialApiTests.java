package cn.gov.cjqx.approval.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

@IntegrationTest
class MaterialApiTests {

	static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

	/** 20 MB, as the README promises and app.materials.max-size sets. */
	static final int LIMIT = 20 * 1024 * 1024;

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	@LocalServerPort
	int port;

	@Autowired
	MaterialRepository materials;

	TestHttp http;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
	}

	@Test
	void shouldStoreAFileWithItsHashAndServeItBack() throws Exception {
		Response uploaded = http.postFile("applicant", "/api/materials", "集体研究会议纪要.pdf", PDF);

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
		assertThat(uploaded.json().path("sha256").asText()).isEqualTo(sha256);
		assertThat(uploaded.json().path("size").asLong()).isEqualTo(PDF.length);
		assertThat(uploaded.json().path("mediaType").asText()).isEqualTo("application/pdf");
		assertThat(uploaded.json().path("unitCode").asText()).isEqualTo("cjqx");
		assertThat(uploaded.header("Location")).isEqualTo(uploaded.json().path("url").asText());

		Response downloaded = http.get("city", uploaded.header("Location"));
		assertThat(downloaded.status()).isEqualTo(200);
		assertThat(downloaded.body()).isEqualTo(PDF);
		assertThat(downloaded.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(downloaded.header("Content-Disposition")).startsWith("inline;")
			.contains("filename*=UTF-8''%E9%9B%86%E4%BD%93");
		assertThat(downloaded.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void shouldOfferWordDocumentsAsDownloads() {
		byte[] doc = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 1, 2 };
		Response uploaded = http.postFile("applicant", "/api/materials", "制度.doc", doc);
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		Response downloaded = http.get("applicant", uploaded.header("Location"));
		assertThat(downloaded.header("Content-Type")).isEqualTo("application/msword");
		assertThat(downloaded.header("Content-Disposition")).startsWith("attachment;");
	}

	@Test
	void shouldKeepOnlyTheFileNameWithoutPathOrMarkup() {
		Response uploaded = http.postFile("applicant", "/api/materials", "C:\\\\tmp\\\\<script>x</script>二维码.png", PNG);
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		assertThat(uploaded.json().path("fileName").asText()).isEqualTo("script二维码.png");
	}

	@Test
	void shouldAcceptAFileOfExactlyTwentyMegabytes() {
		Response response = http.postFile("applicant", "/api/materials", "二十兆.pdf", pdfOfSize(LIMIT));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().path("size").asLong()).isEqualTo(LIMIT);
		materials.deleteById(java.util.UUID.fromString(response.json().path("id").asText()));
	}

	/** A PDF header followed by zeros: what the type check reads, at any size. */
	static byte[] pdfOfSize(int size) {
		byte[] content = new byte[size];
		System.arraycopy(PDF, 0, content, 0, PDF.length);
		return content;
	}

	@Nested
	class Refused {

		@Test
		void shouldRefuseOneByteAboveTwentyMegabytesWith413() {
			long before = materials.count();
			Response response = http.postFile("applicant", "/api/materials", "big.pdf", pdfOfSize(LIMIT + 1));
			assertThat(response.status()).as(response.toString()).isEqualTo(413);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.violationCodes()).containsExactly("FILE_TOO_LARGE");
			assertThat(response.json().path("title").asText()).isEqualTo("文件过大");
			assertThat(materials.count()).isEqualTo(before);
		}

		@Test
		void shouldRefuseAFileAboveTheSizeLimitWith413() {
			long before = materials.count();
			byte[] big = new byte[21 * 1024 * 1024];
			System.arraycopy(PDF, 0, big, 0, PDF.length);
			Response response = http.postFile("applicant", "/api/materials", "big.pdf", big);
			assertThat(response.status()).as(response.toString()).isEqualTo(413);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.violationCodes()).containsExactly("FILE_TOO_LARGE");
			assertThat(materials.count()).isEqualTo(before);
		}

		@Test
		void shouldRefuseATypeOutsideTheAllowListWith415() {
			Response response = http.postFile("applicant", "/api/materials", "setup.exe", "MZ...".getBytes());
			assertThat(response.status()).isEqualTo(415);
			assertThat(response.violationCodes()).containsExactly("UNSUPPORTED_FILE_TYPE");
			assertThat(response.json().path("detail").asText()).contains("pdf");
		}

		@Test
		void shouldRefuseContentThatDoesNotMatchTheExtensionWith415() {
			Response response = http.postFile("applicant", "/api/materials", "page.pdf",
					"<html><script>alert(1)</script></html>".getBytes());
			assertThat(response.status()).isEqualTo(415);
			assertThat(response.json().path("detail").asText()).contains("扩展名不符");
		}

		@Test
		void shouldRefuseAnEmptyFileWith400() {
			Response response = http.postFile("applicant", "/api/materials", "empty.pdf", new byte[0]);
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.violationCodes()).containsExactly("EMPTY_FILE");
		}

		@Test
		void shouldRefuseARequestWithoutFilePartWith400() {
			Response response = http.send("applicant", "POST", "/api/materials",
					"multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nv\r\n--x--\r\n"
						.getBytes(StandardCharsets.UTF_8), java.util.Map.of());
			assertThat(response.status()).as(response.toString()).isEqualTo(400);
			assertThat(response.violationCodes()).containsExactly("MISSING_FIELD");
		}

		@Test
		void shouldRefuseJsonInsteadOfMultipartWith415() {
			Response response = http.postJson("applicant", "/api/materials", "{\"file\":\"x\"}");
			assertThat(response.status()).isEqualTo(415);
			assertThat(response.violationCodes()).containsExactly("UNSUPPORTED_MEDIA_TYPE");
		}

		@Test
		void shouldAnswer404ForAnUnknownMaterialAnd400ForAMalformedId() {
			assertThat(http.get("office", "/api/materials/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
			Response malformed = http.get("office", "/api/materials/not-a-uuid");
			assertThat(malformed.status()).isEqualTo(400);
			assertThat(malformed.violationCodes()).containsExactly("INVALID_TYPE");
		}

	}

}

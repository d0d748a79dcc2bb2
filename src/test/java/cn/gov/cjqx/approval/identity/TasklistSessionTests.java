package cn.gov.cjqx.approval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.TasklistSession;

/**
 * A user logged in to Tasklist (the real Camunda login, with its CSRF token) can open /api links and upload a
 * material from /upload.html without a second login, and can change nothing else through /api with the cookie.
 */
@IntegrationTest
class TasklistSessionTests {

	@LocalServerPort
	int port;

	TasklistSession tasklist;

	@BeforeEach
	void logInToTasklist() throws Exception {
		tasklist = TasklistSession.logIn(port, "applicant");
	}

	@Test
	void shouldOpenApiLinksWithTheTasklistSession() throws Exception {
		HttpResponse<String> accounts = tasklist.send(tasklist.request("/api/new-media/accounts"));
		assertThat(accounts.statusCode()).isEqualTo(200);
		assertThat(accounts.body()).contains("澄江气象");
	}

	@Test
	void shouldUploadFromTheUploadPageWithTheTasklistSession() throws Exception {
		assertThat(upload(true).statusCode()).isEqualTo(201);
	}

	@Test
	void shouldNotLetTheSessionAloneChangeAnything() throws Exception {
		assertThat(upload(false).statusCode()).as("upload without the page's header").isEqualTo(401);
		HttpResponse<String> opening = tasklist.send(tasklist.request("/api/new-media/openings")
			.header("Content-Type", "application/json")
			.header("X-Requested-With", "material-upload")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
		assertThat(opening.statusCode()).isEqualTo(401);
	}

	@Test
	void shouldServeTheUploadPage() throws Exception {
		HttpResponse<String> page = tasklist.send(tasklist.request("/upload.html"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("材料上传").contains("/upload.js");
		HttpResponse<String> script = tasklist.send(tasklist.request("/upload.js"));
		assertThat(script.body()).contains("X-Requested-With");
	}

	private HttpResponse<String> upload(boolean fromThePage) throws Exception {
		String boundary = "----session-test";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(OpeningScenario.PDF);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = tasklist.request("/api/materials")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (fromThePage) {
			request.header("X-Requested-With", "material-upload");
		}
		return tasklist.send(request);
	}

}

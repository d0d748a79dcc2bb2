package cn.gov.cjqx.approval.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser's session with Tasklist, as the real Camunda login makes it: the session cookie and the CSRF token that
 * Tasklist sends with each of its own requests.
 */
public final class TasklistSession {

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

	private TasklistSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs the demo user in to Tasklist (password from TestHttp); fails unless the login answers 200. */
	public static TasklistSession logIn(int port, String user) throws IOException, InterruptedException {
		TasklistSession session = atLoginPage(port);
		HttpResponse<String> login = session.tryLogIn(user);
		if (login.statusCode() != 200) {
			throw new AssertionError(user + " could not sign in to Tasklist: " + login.body());
		}
		// the login starts a new session with a new token, which Tasklist then reads
		session.open("/camunda/app/tasklist/default/");
		return session;
	}

	/** A browser that opened Tasklist's login page and has not signed in yet. */
	public static TasklistSession atLoginPage(int port) throws IOException, InterruptedException {
		TasklistSession session = new TasklistSession(port);
		session.open("/camunda/app/tasklist/default/");
		return session;
	}

	/** Sends the login form as Tasklist's page does, and returns its answer whatever it is. */
	public HttpResponse<String> tryLogIn(String user) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", xsrfToken())
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + TestHttp.passwordOf(user)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A request of this browser (cookies go with it), not sent yet. */
	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(uri(path));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A JSON POST as Tasklist's own scripts send it, with the CSRF token. */
	public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", xsrfToken())
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private void open(String path) throws IOException, InterruptedException {
		browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding());
	}

	private String xsrfToken() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.reduce((first, last) -> last)
			.orElseThrow();
	}

	private URI uri(String path) {
		return URI.create(base + path);
	}

}

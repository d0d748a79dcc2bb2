package cn.gov.cjqx.approval.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A real HTTP client against the running test server, as a given demo user (null = anonymous). */
public final class TestHttp {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	public TestHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	public static String passwordOf(String user) {
		return "admin".equals(user) ? "admin" : "demo";
	}

	public Response get(String user, String path) {
		return send(user, "GET", path, null, null, Map.of());
	}

	public Response postJson(String user, String path, String json) {
		return postJson(user, path, json, Map.of());
	}

	public Response postJson(String user, String path, String json, Map<String, String> headers) {
		return send(user, "POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
	}

	public Response postFile(String user, String path, String fileName, byte[] content) {
		String boundary = "----test" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(user, "POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), Map.of());
	}

	/** The tasks of one of the user's Tasklist task lists (a Camunda filter, by name), as Tasklist lists them. */
	public JsonNode filterTasks(String user, String filterName) {
		for (JsonNode filter : get(user, "/engine-rest/filter").json()) {
			if (filter.path("name").asText().equals(filterName)) {
				return postJson(user, "/engine-rest/filter/" + filter.path("id").asText() + "/list?maxResults=1000", "{}")
					.json();
			}
		}
		throw new AssertionError(user + " has no task list " + filterName);
	}

	/**
	 * Completes the one task of the procedure that the user sees, through Camunda's task API, with the given
	 * variables (JSON object of {@code {"name":{"value":…}}}); fails unless the engine answers 204.
	 */
	public void completeTask(String user, String businessKey, String variables) {
		JsonNode tasks = get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
		if (tasks.size() != 1) {
			throw new AssertionError(user + " sees " + tasks.size() + " tasks of " + businessKey + ": " + tasks);
		}
		Response done = postJson(user, "/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
				"{\"variables\":" + variables + "}");
		if (done.status() != 204) {
			throw new AssertionError(user + " could not complete the task of " + businessKey + ": " + done);
		}
	}

	public Response send(String user, String method, String path, String contentType, byte[] body,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (user != null) {
			String credentials = user + ":" + passwordOf(user);
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		headers.forEach(request::header);
		try {
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Sends one header as the given bytes, unchanged, over a plain socket: java.net.http writes every non-ASCII
	 * character of a header as '?', so it cannot send what a client that writes UTF-8 headers sends.
	 */
	public Response sendWithRawHeader(String user, String method, String path, String contentType, byte[] body,
			String headerName, byte[] headerValue) {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
		if (user != null) {
			head.append("Authorization: Basic ")
				.append(Base64.getEncoder()
					.encodeToString((user + ":" + passwordOf(user)).getBytes(StandardCharsets.UTF_8)))
				.append("\r\n");
		}
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		byte[] content = body == null ? new byte[0] : body;
		head.append("Content-Length: ").append(content.length).append("\r\n").append(headerName).append(": ");
		request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		request.writeBytes(headerValue);
		request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		request.writeBytes(content);
		try (java.net.Socket socket = new java.net.Socket("localhost", URI.create(base).getPort())) {
			socket.getOutputStream().write(request.toByteArray());
			socket.getOutputStream().flush();
			return RawResponse.parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An HTTP/1.1 response read to the end of the connection: status line, headers, body (possibly chunked). */
	private static final class RawResponse {

		static Response parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end).split("\r\n");
			Map<String, java.util.List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new java.util.ArrayList<>())
					.add(lines[i].substring(colon + 1).trim());
			}
			byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
			if (headers.getOrDefault("Transfer-Encoding", java.util.List.of()).contains("chunked")) {
				body = dechunk(body);
			}
			return new Response(Integer.parseInt(lines[0].split(" ")[1]),
					java.net.http.HttpHeaders.of(headers, (name, value) -> true), body);
		}

		private static byte[] dechunk(byte[] chunked) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int at = 0;
			while (true) {
				int lineEnd = new String(chunked, StandardCharsets.ISO_8859_1).indexOf("\r\n", at);
				int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
				if (size == 0) {
					return body.toByteArray();
				}
				body.write(chunked, lineEnd + 2, size);
				at = lineEnd + 2 + size + 2;
			}
		}

	}

	public record Response(int status, java.net.http.HttpHeaders headers, byte[] body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new IllegalStateException("not JSON: " + text(), e);
			}
		}

		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		/** The codes of the problem document's violations. */
		public java.util.List<String> violationCodes() {
			java.util.List<String> codes = new java.util.ArrayList<>();
			json().path("violations").forEach(v -> codes.add(v.path("code").asText()));
			return codes;
		}

		@Override
		public String toString() {
			return status + " " + text();
		}
	}

}

package cn.gov.cjqx.approval.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.cjqx.approval.database.DatabaseFault;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error answers of Camunda's REST API, for integrators (/engine-rest) and for the webapps (/camunda/api/engine):
 * <ul>
 * <li>a refusal by our rules (a message with "[RULE_CODE] …", see procedure.Refusals and procedure.EngineEntryGuard)
 * keeps only that part of the message, without the engine's wrapping ("Cannot submit task form …: ENGINE-…"), and is
 * a 400 where Camunda said 500 (a listener's exception); a database that cannot be reached or is busy
 * (database.DatabaseFaultException) is a 503 with Retry-After; on /engine-rest the body is RFC 9457 problem+json with a
 * Chinese title, {@code detail}, the {@code violations} list as on /api, and Camunda's {@code message} kept;</li>
 * <li>any other 500 carries no engine, SQL or stack text: a Chinese message with a reference that the log has with
 * the original;</li>
 * <li>the webapps (Tasklist, Cockpit) show {@code message} to a person: there it is the Chinese text alone (the rule's
 * code moves to {@code code}), and the engine's English refusals of their own calls (no permission, already claimed,
 * gone, changed meanwhile) become Chinese too.</li>
 * </ul>
 */
class EngineRestErrors extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);

	/** "[ART16_FILING] " and the like, as Refusals.refused writes them. */
	static final Pattern REFUSAL = Pattern.compile("\\[([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)] ");

	private final ObjectMapper json;

	EngineRestErrors(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
			if (wrapper.getStatus() >= 400) {
				rewrite(request, wrapper);
			}
		}
		finally {
			wrapper.copyBodyToResponse();
		}
	}

	private void rewrite(HttpServletRequest request, ContentCachingResponseWrapper response) throws IOException {
		JsonNode body = parse(response.getContentAsByteArray());
		String message = body == null ? null : body.path("message").asText(null);
		Matcher refusal = message == null ? null : REFUSAL.matcher(message);
		boolean integrator = request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest");
		boolean webappEngineCall = request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/engine/");
		if (refusal != null && refusal.find()) {
			String code = refusal.group(1);
			String detail = message.substring(refusal.end()).strip();
			DatabaseFault fault = DatabaseFault.ofCode(code).orElse(null);
			int status = fault != null ? 503 : response.getStatus() == 500 ? 400 : response.getStatus();
			write(response, status, integrator, body.path("type").asText(null), code, detail);
			if (fault != null) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(fault.retryAfterSeconds()));
			}
		}
		else if (response.getStatus() == 500 && message != null && taskGone(message)) {
			// Camunda answers a task that no longer exists (completed meanwhile, by a colleague or a second click) with
			// 500: it is the caller's 404
			String[] notFound = webappRefusal("", message, 404);
			write(response, 404, integrator, body.path("type").asText(null), notFound[0], notFound[1]);
		}
		else if (response.getStatus() >= 500) {
			String reference = UUID.randomUUID().toString().substring(0, 8);
			log.warn("engine REST error {} on {} {}: {}", reference, request.getMethod(), request.getRequestURI(),
					new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
			write(response, response.getStatus(), integrator, body == null ? null : body.path("type").asText(null),
					"INTERNAL_ERROR", "系统处理请求时出错，请稍后重试；如仍失败请联系系统管理员（参考号 " + reference + "）");
		}
		else if (webappEngineCall && message != null && !hasChinese(message)) {
			String type = body.path("type").asText("");
			String[] translated = webappRefusal(type, message, response.getStatus());
			log.debug("engine refusal on {} {} shown as {}: {}", request.getMethod(), request.getRequestURI(),
					translated[0], message);
			write(response, response.getStatus(), false, type, translated[0], translated[1]);
		}
	}

	/** The code and the Chinese words for an engine refusal that a webapp shows to a person. */
	static String[] webappRefusal(String type, String message, int status) {
		if (type.equals("AuthorizationException")) {
			return new String[] { "FORBIDDEN", "您没有权限执行此操作：只有此环节的办理人可以认领和办理，其他人只能查看" };
		}
		if (type.equals("TaskAlreadyClaimedException") || message.contains("is already claimed")) {
			return new String[] { "TASK_ALREADY_CLAIMED", "此任务已被他人认领，请刷新任务列表" };
		}
		if (type.equals("OptimisticLockingException")) {
			return new String[] { "CHANGED_MEANWHILE", "此任务刚刚被他人处理过，请刷新后重试" };
		}
		if (status == 404 || taskGone(message)) {
			return new String[] { "NOT_FOUND", "未找到此任务或记录：可能已被他人办理完成，请刷新任务列表" };
		}
		return new String[] { "REQUEST_REFUSED", "操作未能完成，请刷新页面后重试；如仍失败请联系系统管理员" };
	}

	private static boolean taskGone(String message) {
		return message.startsWith("No task") || message.startsWith("Cannot find task") || message.contains("task is null");
	}

	private static boolean hasChinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private void write(ContentCachingResponseWrapper response, int status, boolean problemJson, String engineType,
			String code, String detail) throws IOException {
		ObjectNode body = json.createObjectNode();
		if (problemJson) {
			body.put("title", Problems.title(HttpStatus.valueOf(status)));
			body.put("status", status);
			body.put("detail", detail);
			body.set("violations", json.valueToTree(List.of(Violation.of(code, detail))));
		}
		else if (engineType != null) {
			body.put("type", engineType);
		}
		if (problemJson) {
			body.put("message", "[" + code + "] " + detail);
		}
		else {
			// a webapp shows the message as it is
			body.put("code", code);
			body.put("message", detail);
		}
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(problemJson ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(json.writeValueAsBytes(body));
	}

	private JsonNode parse(byte[] content) {
		try {
			return content.length == 0 ? null : json.readTree(content);
		}
		catch (IOException notJson) {
			return null;
		}
	}

}

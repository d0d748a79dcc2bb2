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
 * the original.</li>
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
		else if (response.getStatus() >= 500) {
			String reference = UUID.randomUUID().toString().substring(0, 8);
			log.warn("engine REST error {} on {} {}: {}", reference, request.getMethod(), request.getRequestURI(),
					new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
			write(response, response.getStatus(), integrator, body == null ? null : body.path("type").asText(null),
					"INTERNAL_ERROR", "系统处理请求时出错，请稍后重试；如仍失败请联系系统管理员（参考号 " + reference + "）");
		}
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
		body.put("message", "[" + code + "] " + detail);
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

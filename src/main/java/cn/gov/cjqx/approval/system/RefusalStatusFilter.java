package cn.gov.cjqx.approval.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Camunda's REST API answers 500 for any exception of a task listener or delegate, also when our rules refused the
 * input (a message starting "[RULE_CODE] …", see procedure.Refusals). Bad input must not look like a server failure:
 * such an answer becomes 400, with Camunda's body (and the code in its message) unchanged.
 */
class RefusalStatusFilter extends OncePerRequestFilter {

	/** "[ART16_FILING] " and the like, as {@code Refusals.refused} writes them. */
	static final Pattern REFUSAL = Pattern.compile("\\[[A-Z][A-Z0-9]*(_[A-Z0-9]+)+] ");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
			if (wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR && REFUSAL
				.matcher(new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8))
				.find()) {
				wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
		}
		finally {
			wrapper.copyBodyToResponse();
		}
	}

}

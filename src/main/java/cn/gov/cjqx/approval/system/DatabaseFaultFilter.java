package cn.gov.cjqx.approval.system;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.gov.cjqx.approval.database.DatabaseFault;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The outermost filter: a failure on the database that no one answered — during the HTTP Basic check of Spring
 * Security, in the webapps' session filters, anywhere outside a controller — is a 503 problem+json with Retry-After,
 * not the servlet container's error page.
 */
class DatabaseFaultFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseFaultFilter.class);

	private final Problems problems;

	DatabaseFaultFilter(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException e) {
			DatabaseFault fault = DatabaseFault.of(e).orElse(null);
			if (fault == null || response.isCommitted()) {
				throw e;
			}
			log.warn("{} on {} {}: {}", fault, request.getMethod(), request.getRequestURI(), e.getMessage());
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(fault.retryAfterSeconds()));
			problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, fault.code(), fault.message());
		}
	}

}

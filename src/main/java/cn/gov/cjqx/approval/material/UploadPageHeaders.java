package cn.gov.cjqx.approval.material;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers of the material upload page, a static file outside the API's security chain: no MIME sniffing,
 * no framing by other sites, and a Content-Security-Policy that runs only the page's own script and style files
 * (no inline code) and lets it talk to this server only.
 */
@Configuration
class UploadPageHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> uploadPageHeadersFilter() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("X-Frame-Options", "SAMEORIGIN");
				response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
				chain.doFilter(request, response);
			}

		});
		registration.addUrlPatterns("/upload.html", "/upload.js", "/upload.css");
		return registration;
	}

}

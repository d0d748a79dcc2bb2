package cn.gov.cjqx.approval.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A refusal that the API reports as problem+json with the given status, Chinese detail and violations. */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final List<Violation> violations;

	public ApiException(HttpStatus status, String detail, List<Violation> violations) {
		super(detail);
		this.status = status;
		this.violations = List.copyOf(violations);
	}

	public static ApiException notFound(String detail) {
		return new ApiException(HttpStatus.NOT_FOUND, detail, List.of(Violation.of("NOT_FOUND", detail)));
	}

	public static ApiException forbidden(String code, String detail) {
		return new ApiException(HttpStatus.FORBIDDEN, detail, List.of(Violation.of(code, detail)));
	}

	public static ApiException badRequest(String code, String field, String detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, detail, List.of(new Violation(code, field, detail)));
	}

	public static ApiException conflict(String code, String detail) {
		return conflict(List.of(Violation.of(code, detail)));
	}

	public static ApiException conflict(List<Violation> violations) {
		return new ApiException(HttpStatus.CONFLICT, violations.get(0).message(), violations);
	}

	public HttpStatus status() {
		return status;
	}

	public List<Violation> violations() {
		return violations;
	}

}

package cn.gov.cjqx.approval.system;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import cn.gov.cjqx.approval.database.DatabaseFault;
import jakarta.servlet.http.HttpServletRequest;

/** Turns every refusal into problem+json with a Chinese detail and violations; bad input never becomes a 500. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/** Jackson's message for a member that occurs twice (spring.jackson.parser.strict-duplicate-detection). */
	private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'");

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
		return problem(e.status(), e.getMessage(), e.violations(), request);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
		List<Violation> violations = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiExceptionHandler::violation)
			.toList();
		return badRequest("提交的内容有误，请按提示修改后重试", violations, request);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameter(HandlerMethodValidationException e, HttpServletRequest request) {
		List<Violation> violations = e.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new Violation("INVALID_VALUE", result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return badRequest("请求参数有误", violations, request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
		Throwable cause = e.getCause();
		String duplicate = duplicateField(cause);
		Violation violation;
		if (cause instanceof UnrecognizedPropertyException unknown) {
			violation = new Violation("UNKNOWN_FIELD", path(unknown), "不认识的字段：" + unknown.getPropertyName());
		}
		else if (cause instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
				.map(Object::toString)
				.collect(Collectors.joining("、"));
			violation = new Violation("INVALID_VALUE", path(format),
					"取值“" + format.getValue() + "”无效，可选值：" + allowed);
		}
		else if (cause instanceof MismatchedInputException mismatched) {
			violation = new Violation("INVALID_TYPE", path(mismatched), "字段类型不正确");
		}
		else if (duplicate != null) {
			violation = new Violation("DUPLICATE_FIELD", duplicate, "字段“" + duplicate + "”重复出现，每个字段只能出现一次");
		}
		else if (cause instanceof JsonProcessingException) {
			violation = Violation.of("MALFORMED_JSON", "请求体不是有效的 JSON");
		}
		else {
			violation = Violation.of("MALFORMED_JSON", "缺少请求体或请求体无法读取");
		}
		return badRequest(violation.message(), List.of(violation), request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e,
			HttpServletRequest request) {
		return badRequest(new Violation("MISSING_FIELD", e.getParameterName(), "缺少参数：" + e.getParameterName()),
				request);
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
		return badRequest(new Violation("MISSING_FIELD", e.getRequestPartName(), "缺少上传内容：" + e.getRequestPartName()),
				request);
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
		return badRequest(new Violation("MISSING_FIELD", e.getHeaderName(), "缺少请求头：" + e.getHeaderName()), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
		return badRequest(new Violation("INVALID_TYPE", e.getName(), "参数“" + e.getName() + "”的格式不正确"), request);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
		String detail = "文件超过允许的大小";
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, detail, List.of(new Violation("FILE_TOO_LARGE", "file", detail)),
				request);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> badMultipart(MultipartException e, HttpServletRequest request) {
		return badRequest(Violation.of("MALFORMED_MULTIPART", "上传内容无法读取，请使用 multipart/form-data 上传文件"), request);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
		String detail = "不支持的内容类型：" + e.getContentType();
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail, List.of(Violation.of("UNSUPPORTED_MEDIA_TYPE", detail)),
				request);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
		String detail = "无法按所要求的格式返回结果";
		return problem(HttpStatus.NOT_ACCEPTABLE, detail, List.of(Violation.of("NOT_ACCEPTABLE", detail)), request);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
		String detail = "此地址不支持 " + e.getMethod() + " 请求";
		return problem(HttpStatus.METHOD_NOT_ALLOWED, detail, List.of(Violation.of("METHOD_NOT_ALLOWED", detail)),
				request);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
		return api(ApiException.notFound("地址不存在"), request);
	}

	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException e, HttpServletRequest request) {
		return api(RejectedRequests.refusal(request), request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
		return api(ApiException.forbidden("FORBIDDEN", "无权执行此操作"), request);
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
		String detail = "请先登录";
		return problem(HttpStatus.UNAUTHORIZED, detail, List.of(Violation.of("AUTHENTICATION_REQUIRED", detail)), request);
	}

	/**
	 * The database cannot be reached or a lock was not granted in time (lock waits that run out under heavy concurrent
	 * load): 503 with Retry-After, the client may simply retry (DatabaseFault).
	 */
	@ExceptionHandler(PessimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> busy(PessimisticLockingFailureException e, HttpServletRequest request) {
		return unavailable(DatabaseFault.BUSY, e, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
		DatabaseFault fault = DatabaseFault.of(e).orElse(null);
		if (fault != null) {
			return unavailable(fault, e, request);
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		String detail = "系统内部错误，请稍后重试或联系系统管理员";
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, detail, List.of(Violation.of("INTERNAL_ERROR", detail)),
				request);
	}

	private static ResponseEntity<ProblemDetail> unavailable(DatabaseFault fault, Exception e,
			HttpServletRequest request) {
		log.warn("{} on {} {}: {}", fault, request.getMethod(), request.getRequestURI(), e.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(fault.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, fault.message(),
					List.of(Violation.of(fault.code(), fault.message())), request.getRequestURI()));
	}

	private static Violation violation(FieldError error) {
		boolean missing = error.getRejectedValue() == null
				|| (error.getCode() != null && (error.getCode().equals("NotNull") || error.getCode().equals("NotBlank")
						|| error.getCode().equals("NotEmpty")));
		return new Violation(missing ? "MISSING_FIELD" : "INVALID_VALUE", error.getField(), error.getDefaultMessage());
	}

	/** The name of a member that occurs twice; in a nested object Jackson wraps the parser's error. */
	private static String duplicateField(Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof JsonParseException parse) {
				Matcher matcher = DUPLICATE_FIELD.matcher(String.valueOf(parse.getOriginalMessage()));
				return matcher.matches() ? matcher.group(1) : null;
			}
		}
		return null;
	}

	private static String path(JsonMappingException e) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : e.getPath()) {
			if (reference.getFieldName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	private ResponseEntity<ProblemDetail> badRequest(Violation violation, HttpServletRequest request) {
		return badRequest(violation.message(), List.of(violation), request);
	}

	private ResponseEntity<ProblemDetail> badRequest(String detail, List<Violation> violations,
			HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, detail, violations, request);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<Violation> violations,
			HttpServletRequest request) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(status, detail, violations, request.getRequestURI()));
	}

}

package cn.gov.cjqx.approval.system;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Builds the RFC 9457 problem documents of the API: a Chinese title and detail plus a list of violations. */
@Component
public class Problems {

	private final ObjectMapper objectMapper;

	Problems(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	public static ProblemDetail of(HttpStatus status, String detail, List<Violation> violations, String path) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title(status));
		if (path != null) {
			problem.setInstance(URI.create(path));
		}
		problem.setProperty("violations", violations);
		return problem;
	}

	/** For filters, which answer before any controller or advice runs. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String detail) throws IOException {
		write(request, response, new ApiException(status, detail, List.of(Violation.of(code, detail))));
	}

	/** For filters: the problem document of a refusal. */
	public void write(HttpServletRequest request, HttpServletResponse response, ApiException refusal)
			throws IOException {
		ProblemDetail problem = of(refusal.status(), refusal.getMessage(), refusal.violations(), request.getRequestURI());
		response.setStatus(refusal.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		objectMapper.writeValue(response.getOutputStream(), problem);
	}

	static String title(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "请求无效";
			case UNAUTHORIZED -> "需要登录";
			case FORBIDDEN -> "无权访问";
			case NOT_FOUND -> "未找到";
			case METHOD_NOT_ALLOWED -> "不支持的请求方法";
			case NOT_ACCEPTABLE -> "无法提供所要求的格式";
			case CONFLICT -> "与规则或现有记录冲突";
			case PAYLOAD_TOO_LARGE -> "文件过大";
			case UNSUPPORTED_MEDIA_TYPE -> "不支持的文件或内容类型";
			case UNPROCESSABLE_ENTITY -> "请求无法处理";
			case SERVICE_UNAVAILABLE -> "服务暂时不可用";
			default -> status.is5xxServerError() ? "系统内部错误" : status.getReasonPhrase();
		};
	}

}

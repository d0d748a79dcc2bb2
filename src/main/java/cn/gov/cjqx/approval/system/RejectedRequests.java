package cn.gov.cjqx.approval.system;

import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What a request refused by Spring Security's firewall answers: 400, naming the {@code Idempotency-Key} when that is
 * the header at fault. The firewall refuses header values with control characters, which a UTF-8 key such as
 * {@code 键-1} has once read as ISO-8859-1; it does so when the header is first read, in a filter or in a controller.
 */
public final class RejectedRequests {

	private RejectedRequests() {
	}

	public static ApiException refusal(HttpServletRequest request) {
		String key = containerRequest(request).getHeader(IdempotentStarts.HEADER);
		if (key != null && !IdempotentStarts.isValidKey(key)) {
			return IdempotentStarts.invalidKey();
		}
		return ApiException.badRequest("INVALID_VALUE", null, "请求的地址或请求头中含有不允许的字符");
	}

	/** The container's own request: reading the header through the firewall's wrapper would be refused again. */
	private static HttpServletRequest containerRequest(HttpServletRequest request) {
		HttpServletRequest inner = request;
		while (inner instanceof ServletRequestWrapper wrapper && wrapper.getRequest() instanceof HttpServletRequest next) {
			inner = next;
		}
		return inner;
	}

}

package cn.gov.cjqx.approval.portal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/** A page the portal cannot show answers a Chinese page with the reason (this unit only, no access), not an error dump. */
@ControllerAdvice(assignableTypes = PortalController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

	@ExceptionHandler(ResponseStatusException.class)
	String refused(ResponseStatusException e, Model model, HttpServletResponse response) {
		response.setStatus(e.getStatusCode().value());
		model.addAttribute("reason", e.getReason());
		return "portal/error";
	}

}

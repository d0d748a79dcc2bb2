package cn.gov.cjqx.approval.closure;

import cn.gov.cjqx.approval.system.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A closure request: the REST body of POST /api/new-media/accounts/{id}/closures and the start form's fields. */
public record ClosureRequest(@NotNull(message = "请选择关停或注销") ClosureKind kind,
		@NotNull(message = "请选择关停/注销的原因") ClosureReason reason,
		@NotBlank(message = "请说明情况") @Size(max = 2000, message = "情况说明不能超过 2000 字") @PlainText String description) {
}

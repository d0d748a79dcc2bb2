package cn.gov.cjqx.approval.takedown;

import java.time.LocalDate;

import cn.gov.cjqx.approval.system.PlainText;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A temporary takedown request; the REST body of POST /api/websites/{id}/takedowns and the start form's fields. */
public record TakedownRequest(
		@NotBlank(message = "请说明下线原因（如整改内容）") @Size(max = 2000) @PlainText String reason,
		@NotNull(message = "请填写计划下线日期") LocalDate plannedStart,
		@NotNull(message = "请填写计划下线天数") @Min(value = 1, message = "计划下线天数至少为 1") Integer plannedDays) {

	/** The day the site is planned back online (00:00 of that day ends the planned period). */
	public LocalDate plannedEnd() {
		return plannedStart.plusDays(plannedDays);
	}

}

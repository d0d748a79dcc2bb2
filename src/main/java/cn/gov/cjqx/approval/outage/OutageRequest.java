package cn.gov.cjqx.approval.outage;

import java.time.OffsetDateTime;

import cn.gov.cjqx.approval.system.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** An outage report: the REST body of POST /api/websites/{id}/outage-reports and the start form's fields. */
public record OutageRequest(@NotNull(message = "请选择原因：不可抗因素断电断网，或被责令紧急关停") OutageCause cause,
		@NotNull(message = "请填写断网或关停的开始时间") @PastOrPresent(message = "开始时间不能晚于现在") OffsetDateTime offlineSince,
		@NotBlank(message = "请说明情况") @Size(max = 2000) @PlainText String description) {
}

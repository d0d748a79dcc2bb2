package cn.gov.cjqx.approval.content;

import cn.gov.cjqx.approval.system.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An item to publish: the REST body of POST /api/contents and the start form's fields. Exactly one target: an ACTIVE
 * account or an ONLINE website of the editor's unit. The body is plain text or Markdown, stored as sent and shown
 * escaped.
 */
public record ContentRequest(Long accountId, Long websiteId,
		@NotBlank(message = "请填写标题") @Size(max = ContentRequest.TITLE_MAX, message = "标题不能超过 200 个字") @PlainText String title,
		@NotBlank(message = "请填写正文") @Size(max = ContentRequest.BODY_MAX, message = "正文不能超过 50000 个字") @PlainText String body,
		@NotNull(message = "请选择原创或转载") ContentKind kind,
		@Size(max = 200) @PlainText String sourceName,
		@Size(max = 2000) @PlainText String sourceUrl,
		Boolean mapsUsed, Boolean standardMap, @Size(max = 100) @PlainText String mapApprovalNo,
		Boolean important) {

	public static final int TITLE_MAX = 200;

	public static final int BODY_MAX = 50_000;

}

package cn.gov.cjqx.approval.account;

import cn.gov.cjqx.approval.system.PlainText;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One row of the 管理员 table of the registration form. An optional field left empty is absent: Tasklist's form and
 * the portal send "" for an empty input, which would otherwise fail the phone and QQ formats.
 */
@Embeddable
public record AccountAdministrator(@NotBlank(message = "管理员姓名不能为空") @Size(max = 50) @PlainText String name,
		@Size(max = 100) @PlainText String unitAndPost,
		@Pattern(regexp = "0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?", message = "办公电话格式不正确，例如 0877-6911001") String officePhone,
		@NotBlank(message = "管理员手机号码不能为空") @Pattern(regexp = "1[3-9]\\d{9}", message = "手机号码应为 11 位数字") String mobile,
		@Pattern(regexp = "[1-9]\\d{4,11}", message = "QQ 号码格式不正确") String qq,
		@Size(max = 50) @PlainText String wechat) {

	public AccountAdministrator {
		unitAndPost = absentIfEmpty(unitAndPost);
		officePhone = absentIfEmpty(officePhone);
		qq = absentIfEmpty(qq);
		wechat = absentIfEmpty(wechat);
	}

	/** null for a text that is empty or only blanks; the text itself otherwise. */
	static String absentIfEmpty(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}

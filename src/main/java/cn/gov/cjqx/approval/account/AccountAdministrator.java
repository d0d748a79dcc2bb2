package cn.gov.cjqx.approval.account;

import jakarta.persistence.Embeddable;

/** One row of the 管理员 table of the registration form. */
@Embeddable
public record AccountAdministrator(String name, String unitAndPost, String officePhone, String mobile, String qq,
		String wechat) {
}

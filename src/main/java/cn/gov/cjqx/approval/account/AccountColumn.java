package cn.gov.cjqx.approval.account;

import cn.gov.cjqx.approval.system.PlainText;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One row of the 栏目设置 table: first-, second- and third-level menu. */
@Embeddable
public record AccountColumn(@NotBlank(message = "一级菜单不能为空") @Size(max = 50) @PlainText String level1,
		@Size(max = 50) @PlainText String level2, @Size(max = 50) @PlainText String level3,
		@Size(max = 200) @PlainText String remark) {

	/** An optional menu level or remark left empty is absent (see AccountAdministrator). */
	public AccountColumn {
		level2 = AccountAdministrator.absentIfEmpty(level2);
		level3 = AccountAdministrator.absentIfEmpty(level3);
		remark = AccountAdministrator.absentIfEmpty(remark);
	}

}

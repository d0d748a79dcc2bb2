package cn.gov.cjqx.approval.account;

import jakarta.persistence.Embeddable;

/** One row of the 栏目设置 table: first-, second- and third-level menu. */
@Embeddable
public record AccountColumn(String level1, String level2, String level3, String remark) {
}

package cn.gov.cjqx.approval.filing.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.account.AccountColumn;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** Art. 15: the columns include 信息发布 and at least one of 解读回应, 办事服务, 互动交流 (as first-level menus). */
@Component
public class ColumnsRule implements OpeningRule {

	static final String PUBLISHING = "信息发布";

	static final Set<String> SERVICES = Set.of("解读回应", "办事服务", "互动交流");

	@Override
	public String code() {
		return "ART15_COLUMNS";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.SOFT;
	}

	@Override
	public List<RuleViolation> check(OpeningFacts facts) {
		List<AccountColumn> columns = facts.filing().columns() == null ? List.of() : facts.filing().columns();
		Set<String> firstLevel = columns.stream()
			.map(AccountColumn::level1)
			.filter(level -> level != null)
			.map(String::strip)
			.collect(Collectors.toSet());
		boolean publishing = firstLevel.contains(PUBLISHING);
		boolean service = firstLevel.stream().anyMatch(SERVICES::contains);
		if (publishing && service) {
			return List.of();
		}
		return List.of(violation("columns", "栏目设置应至少包括“信息发布”，以及“解读回应”“办事服务”“互动交流”中的一项（第十五条）"
				+ (publishing ? "；目前缺少后者" : service ? "；目前缺少“信息发布”" : "")));
	}

}

package cn.gov.cjqx.approval.filing.rules;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/**
 * Art. 15: the name is short and tied to the host (within the platform's length, carrying the unit's registered short
 * name), and the public certification names the host unit (certified, subject = the unit's full name).
 */
@Component
public class AccountNameRule implements OpeningRule {

	@Override
	public String code() {
		return "ART15_ACCOUNT_NAME";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.SOFT;
	}

	@Override
	public List<RuleViolation> check(OpeningFacts facts) {
		OpeningFiling filing = facts.filing();
		List<RuleViolation> violations = new ArrayList<>();
		String name = filing.accountName() == null ? "" : filing.accountName().strip();
		if (name.isEmpty()) {
			violations.add(violation("accountName", "账号名称不能为空（第十五条）"));
		}
		else {
			facts.platform().ifPresent(platform -> {
				int length = name.codePointCount(0, name.length());
				if (length > platform.nameMaxLength()) {
					violations.add(violation("accountName", "账号名称有 " + length + " 个字，超过" + platform.label() + "允许的 "
							+ platform.nameMaxLength() + " 个字（第十五条：简洁规范）"));
				}
			});
			if (!name.contains(facts.unit().shortName())) {
				violations.add(violation("accountName",
						"账号名称应与主办单位相关联，包含单位规范简称“" + facts.unit().shortName() + "”（第十五条）"));
			}
		}
		if (!Boolean.TRUE.equals(filing.certified())) {
			violations.add(violation("certified", "账号应通过平台认证，并在公开认证信息中标明主办单位名称（第十五条）"));
		}
		else if (filing.certificationSubject() == null
				|| !filing.certificationSubject().strip().equals(facts.unit().fullName())) {
			violations.add(violation("certificationSubject",
					"认证主体应为主办单位全称“" + facts.unit().fullName() + "”（第十五条）"));
		}
		return violations;
	}

}

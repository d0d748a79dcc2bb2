package cn.gov.cjqx.approval.filing.rules;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** Art. 14: a self-built app or mini program passes the classified-protection test, supports IPv6 and all terminals. */
@Component
public class AppRequirementsRule implements OpeningRule {

	@Override
	public String code() {
		return "ART14_APP_REQUIREMENTS";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.SOFT;
	}

	@Override
	public List<RuleViolation> check(OpeningFacts facts) {
		if (!facts.selfBuiltApp()) {
			return List.of();
		}
		OpeningFiling filing = facts.filing();
		List<RuleViolation> violations = new ArrayList<>();
		if (!Boolean.TRUE.equals(filing.appSecurityAssessed())) {
			violations.add(violation("appSecurityAssessed", "移动客户端、小程序应按网络安全等级保护标准通过安全检测（第十四条）"));
		}
		if (!Boolean.TRUE.equals(filing.appIpv6())) {
			violations.add(violation("appIpv6", "移动客户端、小程序应全面支持 IPv6（第十四条）"));
		}
		if (!Boolean.TRUE.equals(filing.appMultiTerminal())) {
			violations.add(violation("appMultiTerminal", "移动客户端、小程序应支持在不同终端便捷使用（第十四条）"));
		}
		return violations;
	}

}

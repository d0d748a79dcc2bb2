package cn.gov.cjqx.approval.procedure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.Rule;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/**
 * ART18_DECISION_BASIS: a unit closes or changes its account by a collective decision (集体研究) or with its main
 * leader's consent (主要领导同意), and names the reference (minutes number, signed document). The closure checks it
 * when the unit's leaders approve, the change with its request.
 */
@Component
public class DecisionBasisRule implements Rule<DecisionBasisRule.Facts> {

	public static final String CODE = "ART18_DECISION_BASIS";

	/**
	 * @param basis the basis as entered: a {@link DecisionBasis} name, or anything else a form sent
	 * @param reference the minutes number or signed document
	 */
	public record Facts(Object basis, String reference) {
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(Facts facts) {
		List<RuleViolation> violations = new ArrayList<>();
		if (basis(facts) == null) {
			violations.add(violation("decisionBasis", "请选择决定依据：单位集体研究或主要领导同意（第十八条）"));
		}
		if (facts.reference() == null || facts.reference().isBlank()) {
			violations.add(violation("decisionReference", "请填写会议纪要编号或主要领导签批文件（第十八条）"));
		}
		return violations;
	}

	/** The basis, or null when none was chosen or it is not one of the two. */
	public static DecisionBasis basis(Facts facts) {
		if (facts.basis() instanceof DecisionBasis basis) {
			return basis;
		}
		for (DecisionBasis basis : DecisionBasis.values()) {
			if (basis.name().equals(facts.basis())) {
				return basis;
			}
		}
		return null;
	}

}

package cn.gov.cjqx.approval.takedown;

import java.util.ArrayList;
import java.util.List;

import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** The HARD rules of Article 10 for a temporary takedown; plain functions of {@link TakedownFacts}. */
public final class TakedownRules {

	/** ART10_MAX_30_DAYS: the planned length. */
	public static final int MAX_DAYS = 30;

	private TakedownRules() {
	}

	public static List<RuleViolation> check(TakedownFacts facts) {
		List<RuleViolation> violations = new ArrayList<>();
		violations.addAll(maxThirtyDays(facts));
		violations.addAll(oncePerYear(facts));
		violations.addAll(oneProcedureAtATime(facts));
		return violations;
	}

	static List<RuleViolation> maxThirtyDays(TakedownFacts facts) {
		return facts.plannedDays() > MAX_DAYS ? List.of(new RuleViolation("ART10_MAX_30_DAYS", RuleKind.HARD,
				"plannedDays", "临时下线时间不得超过 30 天（第十条），计划为 " + facts.plannedDays() + " 天")) : List.of();
	}

	static List<RuleViolation> oncePerYear(TakedownFacts facts) {
		return facts.takedownsInStartYear() > 0 ? List.of(new RuleViolation("ART10_ONCE_PER_YEAR", RuleKind.HARD,
				"plannedStart", "该网站 " + facts.startYear() + " 年已有一次临时下线（办理中或已实施），每年不得超过 1 次（第十条）"))
				: List.of();
	}

	static List<RuleViolation> oneProcedureAtATime(TakedownFacts facts) {
		return facts.otherProcedureRunning() ? List.of(new RuleViolation("ONE_PROCEDURE_AT_A_TIME", RuleKind.HARD,
				null, "该网站已有正在办理的临时下线或断网报备事项，办结后才能再次申请")) : List.of();
	}

}

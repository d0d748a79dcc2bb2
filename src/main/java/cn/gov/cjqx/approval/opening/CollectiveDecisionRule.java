package cn.gov.cjqx.approval.opening;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.rules.Rule;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/**
 * ART16_COLLECTIVE_DECISION: the unit opens an account by a collective decision — the meeting (not in the future), its
 * minutes (material 二, signed by the main leader) and the main leader's consent.
 */
@Component
class CollectiveDecisionRule implements Rule<CollectiveDecisionRule.Facts> {

	record Facts(LocalDate meetingDate, UUID minutesMaterialId, Boolean mainLeaderConsent, LocalDate today) {
	}

	@Override
	public String code() {
		return "ART16_COLLECTIVE_DECISION";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.HARD;
	}

	@Override
	public List<RuleViolation> check(Facts facts) {
		if (facts.meetingDate() == null || facts.meetingDate().isAfter(facts.today())) {
			return List.of(violation("meetingDate", "请填写单位集体研究的会议日期（不能晚于今天）"));
		}
		if (facts.minutesMaterialId() == null) {
			return List.of(violation("minutesMaterialId", "请上传经主要领导签批的会议纪要，并填写其材料编号"));
		}
		if (!Boolean.TRUE.equals(facts.mainLeaderConsent())) {
			return List.of(violation("mainLeaderConsent", "开设政务新媒体须经主要领导同意（第十六条）"));
		}
		return List.of();
	}

}

package cn.gov.cjqx.approval.filing.rules;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/** Art. 21: maps used are the standard map or carry a map approval number (审图号, e.g. GS(2024)0650号, 云S(2021)003号). */
@Component
public class StandardMapRule implements OpeningRule {

	static final Pattern APPROVAL_NUMBER = Pattern.compile("(GS|\\p{IsHan}S)\\p{IsHan}?[(（]\\d{4}[)）]\\d{1,6}号");

	@Override
	public String code() {
		return "ART21_STANDARD_MAP";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.SOFT;
	}

	@Override
	public List<RuleViolation> check(OpeningFacts facts) {
		OpeningFiling filing = facts.filing();
		return checkMaps(filing.mapsUsed(), filing.standardMap(), filing.mapApprovalNo());
	}

	/** The rule on its own facts, for every procedure whose request declares maps (an opening, a published item). */
	public List<RuleViolation> checkMaps(Boolean mapsUsed, Boolean standardMap, String mapApprovalNo) {
		if (!Boolean.TRUE.equals(mapsUsed) || Boolean.TRUE.equals(standardMap)) {
			return List.of();
		}
		String number = mapApprovalNo == null ? "" : mapApprovalNo.strip();
		if (number.isEmpty()) {
			return List.of(violation("mapApprovalNo", "使用地图时应采用标准地图，或填写依法取得的审图号（第二十一条）"));
		}
		if (!APPROVAL_NUMBER.matcher(number).matches()) {
			return List.of(violation("mapApprovalNo", "审图号“" + number + "”格式不正确，例如 GS(2024)0650号（第二十一条）"));
		}
		return List.of();
	}

}

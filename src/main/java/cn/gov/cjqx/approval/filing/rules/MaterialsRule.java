package cn.gov.cjqx.approval.filing.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.filing.MaterialFields;
import cn.gov.cjqx.approval.filing.OpeningFiling;
import cn.gov.cjqx.approval.filing.OpeningMaterial;
import cn.gov.cjqx.approval.rules.RuleKind;
import cn.gov.cjqx.approval.rules.RuleViolation;

/**
 * Art. 17: materials (一) and (三)–(七) always; (八) when an outside body is entrusted as undertaking unit; (九) when the
 * account provides internet news information or audiovisual programmes. (二), the minutes of the collective decision,
 * is attached by the unit leaders in the unit-decision task (ART16_COLLECTIVE_DECISION) and checked there.
 */
@Component
public class MaterialsRule implements OpeningRule {

	static final Set<OpeningMaterial> ALWAYS = EnumSet.of(OpeningMaterial.REGISTRATION_FORM,
			OpeningMaterial.STAFF_AND_EQUIPMENT, OpeningMaterial.REVIEW_MECHANISM, OpeningMaterial.SECURITY_OPERATIONS,
			OpeningMaterial.MAP_USAGE, OpeningMaterial.NAME_AND_LAYOUT);

	@Override
	public String code() {
		return "ART17_MATERIALS";
	}

	@Override
	public RuleKind kind() {
		return RuleKind.SOFT;
	}

	@Override
	public List<RuleViolation> check(OpeningFacts facts) {
		OpeningFiling filing = facts.filing();
		Set<OpeningMaterial> required = EnumSet.copyOf(ALWAYS);
		if (Boolean.TRUE.equals(filing.undertakingEntrusted())) {
			required.add(OpeningMaterial.ENTRUSTMENT);
		}
		if (Boolean.TRUE.equals(filing.providesNewsOrAudiovisual())) {
			required.add(OpeningMaterial.NEWS_QUALIFICATION);
		}
		List<RuleViolation> violations = new ArrayList<>();
		for (OpeningMaterial material : required) {
			if (!facts.materialsPresent().contains(material)) {
				violations.add(violation(MaterialFields.of(material), "缺少材料" + material.title() + "（第十七条）"));
			}
		}
		return violations;
	}

}

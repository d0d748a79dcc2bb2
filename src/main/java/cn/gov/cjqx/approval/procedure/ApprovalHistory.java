package cn.gov.cjqx.approval.procedure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.identity.PersonNames;
import cn.gov.cjqx.approval.unit.Unit;
import cn.gov.cjqx.approval.unit.UnitRepository;

/**
 * The procedure's timeline as Markdown, for the task forms of every procedure: who filed it and each decision since,
 * with the time, the step, the office or the unit's role and the person by name (局办公室 王主任, 澄江市气象台单位领导
 * 周台长), the decision and the opinion. Never a login or a group id.
 */
@Component
public class ApprovalHistory {

	private static final List<String> UNIT_ROLES = List.of(Groups.APPLICANTS, Groups.UNIT_LEADERS, Groups.MAIN_LEADERS);

	private final ApprovalRecordRepository approvals;

	private final ProcedureRepository procedures;

	private final UnitRepository units;

	private final PersonNames people;

	ApprovalHistory(ApprovalRecordRepository approvals, ProcedureRepository procedures, UnitRepository units,
			PersonNames people) {
		this.approvals = approvals;
		this.procedures = procedures;
		this.units = units;
		this.people = people;
	}

	@Transactional(readOnly = true)
	public String markdown(String businessKey) {
		List<ApprovalRecord> records = approvals.findByBusinessKeyOrderByDecidedAtAscIdAsc(businessKey);
		Optional<Procedure> procedure = procedures.findByBusinessKey(businessKey);
		Map<String, String> names = people.shortOf(Stream
			.concat(procedure.map(Procedure::getApplicantId).stream(), records.stream().map(ApprovalRecord::getUserId))
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		Unit unit = procedure.map(Procedure::getUnit).orElse(null);
		List<String> lines = new ArrayList<>();
		procedure.filter(p -> p.getStartedAt() != null && p.getApplicantId() != null)
			.ifPresent(p -> lines.add(line(p.getStartedAt(), "提交申请",
					who(Groups.ofUnit(Groups.APPLICANTS, p.getUnit().getCode()), names.get(p.getApplicantId()), unit))));
		for (ApprovalRecord record : records) {
			lines.add(line(record.getDecidedAt(), record.getTaskName(),
					who(record.getGroupId(), names.get(record.getUserId()), unit))
					+ "：**" + record.getDecision().label() + "**"
					+ (record.getOpinion() == null ? "" : "。意见：" + MarkdownSummary.escape(record.getOpinion())));
		}
		if (records.isEmpty()) {
			lines.add("（暂无审批意见）");
		}
		return String.join("\n", lines);
	}

	private static String line(Instant at, String step, String who) {
		return "- " + MarkdownSummary.time(at) + " " + MarkdownSummary.escape(step) + "（" + who + "）";
	}

	/** 局办公室 王主任; 澄江市气象台单位领导 周台长; the name alone for a group we cannot name. */
	private String who(String groupId, String name, Unit unit) {
		String group = groupName(groupId, unit);
		String person = MarkdownSummary.escape(name == null ? PersonNames.UNKNOWN : name);
		return group == null ? person : group + " " + person;
	}

	private String groupName(String groupId, Unit unit) {
		if (groupId == null) {
			return null;
		}
		for (String role : UNIT_ROLES) {
			if (groupId.startsWith(role + "-")) {
				String code = groupId.substring(role.length() + 1);
				String unitName = unit != null && unit.getCode().equals(code) ? unit.getFullName()
						: units.findByCode(code).map(Unit::getFullName).orElse("");
				return MarkdownSummary.escape(unitName) + Groups.label(role);
			}
		}
		String label = Groups.label(groupId);
		return label.equals(groupId) ? null : label;
	}

}

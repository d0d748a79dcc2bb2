package cn.gov.cjqx.approval.procedure;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.identity.Groups;

/** The earlier decisions and opinions of a procedure as Markdown, for the task forms of every procedure. */
@Component
public class ApprovalHistory {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(WorkingDayCalendar.ZONE);

	private final ApprovalRecordRepository approvals;

	ApprovalHistory(ApprovalRecordRepository approvals) {
		this.approvals = approvals;
	}

	@Transactional(readOnly = true)
	public String markdown(String businessKey) {
		var records = approvals.findByBusinessKeyOrderByDecidedAtAscIdAsc(businessKey);
		if (records.isEmpty()) {
			return "（暂无审批意见）";
		}
		return records.stream().map(ApprovalHistory::line).collect(Collectors.joining("\n"));
	}

	private static String line(ApprovalRecord record) {
		return "- " + TIME.format(record.getDecidedAt()) + " " + record.getTaskName() + "（"
				+ (record.getGroupId() == null ? "" : Groups.label(record.getGroupId()) + " ")
				+ MarkdownSummary.escape(record.getUserId()) + "）：**" + record.getDecision().label() + "**"
				+ (record.getOpinion() == null ? "" : "。意见：" + MarkdownSummary.escape(record.getOpinion()));
	}

}

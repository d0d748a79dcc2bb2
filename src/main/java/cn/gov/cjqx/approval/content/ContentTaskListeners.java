package cn.gov.cjqx.approval.content;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.cjqx.approval.procedure.ApprovalHistory;
import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.procedure.Correction;
import cn.gov.cjqx.approval.procedure.CorrectionChoice;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;

/** The listeners of the content review's user tasks, besides the shared approvalTaskListener. */
@Configuration(proxyBeanMethods = false)
class ContentTaskListeners {

	/** The correction step for the portal and POST /api/procedures/{key}/correction: the fields of its form. */
	@Bean
	Correction contentCorrection() {
		return new Correction(ProcedureKind.CONTENT_REVIEW, ContentProcess.TASK_CORRECT,
				List.of("title", "body", "kind", "sourceName", "sourceUrl", "mapsUsed", "standardMap", "mapApprovalNo",
						"important"),
				ContentProcess.CORRECTION_ACTION, true);
	}

	/** Every user task: the item and the decisions so far, for the form. */
	@Bean
	TaskListener contentTaskContextListener(ContentService contents, ApprovalHistory history) {
		return task -> {
			ProcedureVariables.FILING_SUMMARY.on(task).set(contents.summary(task.getProcessInstanceId()));
			ProcedureVariables.APPROVAL_HISTORY.on(task).set(history.markdown(task.getExecution().getProcessBusinessKey()));
		};
	}

	/** The review steps, on completion, before the decision is recorded: 一事一审 and the main leader's reason. */
	@Bean
	TaskListener contentReviewListener(ContentService contents) {
		return contents::checkReview;
	}

	/** Task_CorrectItem: why it is back (create); resubmit or withdraw (complete). */
	@Bean
	TaskListener contentCorrectionListener() {
		return task -> {
			if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
				String opinion = ApprovalVariables.OPINION.from(task).get();
				if (opinion != null && !Boolean.TRUE.equals(ContentProcess.NEEDS_CORRECTION.from(task).get())) {
					ProcedureVariables.CORRECTION_REASONS.on(task).set("审核人员退回修改，意见：" + opinion);
				}
				ContentProcess.CORRECTION_ACTION.on(task).remove();
				return;
			}
			CorrectionChoice.of(task, ContentProcess.CORRECTION_ACTION).accept(task);
		};
	}

}

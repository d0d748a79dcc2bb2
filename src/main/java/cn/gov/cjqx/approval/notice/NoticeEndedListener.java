package cn.gov.cjqx.approval.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a model's 公告期满 timer fires ({@code camunda:executionListener event="end"
 * delegateExpression="${noticeEndedListener}"}): the procedure goes on, so its notice is over (see
 * {@link NoticeService#endAtTimer}).
 */
@Component("noticeEndedListener")
class NoticeEndedListener implements ExecutionListener {

	private final NoticeService notices;

	NoticeEndedListener(NoticeService notices) {
		this.notices = notices;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.isCanceled()) {
			// interrupted (a withdrawal during the notice): the withdrawal revokes the notice
			return;
		}
		notices.endAtTimer(execution.getProcessBusinessKey());
	}

}

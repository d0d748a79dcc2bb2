package cn.gov.cjqx.approval.notification;

/** Why a person is told something; the label heads the message and the mail's subject. */
public enum NotificationKind {

	TASK_ARRIVED("待办"),
	DUE_TOMORROW("明日到期"),
	OVERDUE("已逾期"),
	/** To the bureau office when a step is overdue for more than three working days. */
	OVERDUE_ESCALATED("逾期督办"),
	URGED("催办"),
	TRANSFERRED("转办"),
	DELEGATED("委派"),
	COPIED("抄送"),
	PROCEDURE_ENDED("办结");

	private final String label;

	NotificationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}

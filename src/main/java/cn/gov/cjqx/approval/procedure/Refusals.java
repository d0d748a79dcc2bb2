package cn.gov.cjqx.approval.procedure;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.rules.RuleViolation;

/**
 * How delegates and listeners refuse input: an engine exception whose message starts with the rule code, e.g.
 * {@code [ART16_FILING] …}. Tasklist shows the message; the command rolls back, so nothing changes.
 */
public final class Refusals {

	private Refusals() {
	}

	public static BadUserRequestException refused(String code, String message) {
		return new BadUserRequestException("[" + code + "] " + message);
	}

	/** Refuses with the first violation of a rule's check, if any: the code and message of that violation. */
	public static void refuseAny(List<RuleViolation> violations) {
		if (!violations.isEmpty()) {
			throw refused(violations.get(0).code(), violations.get(0).message());
		}
	}

	/**
	 * A state change whose guard does not hold (an approval not recorded, a notice not run out): the command fails and
	 * changes nothing; run by a job, it becomes an incident in Cockpit with this message.
	 */
	public static ProcessEngineException guardFailed(String code, String message) {
		return new ProcessEngineException("[" + code + "] " + message);
	}

	/** A task variable as trimmed text, or null when it is missing or blank. */
	public static String text(DelegateTask task, ProcessVariable<String> variable) {
		String value = variable.from(task).get();
		return value == null ? null : value.strip();
	}

	/** A date the user entered (form date or ISO text) that is not in the future (Asia/Shanghai, engine clock). */
	public static LocalDate pastDate(DelegateTask task, ProcessVariable<LocalDate> variable) {
		LocalDate date;
		try {
			date = variable.from(task).get();
		}
		catch (BadUserRequestException e) {
			date = null;
		}
		if (date == null) {
			throw refused("INVALID_VALUE", "请填写" + variable.label() + "（年-月-日）");
		}
		if (date.isAfter(ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate())) {
			throw refused("INVALID_VALUE", variable.label() + "不能晚于今天");
		}
		return date;
	}

}

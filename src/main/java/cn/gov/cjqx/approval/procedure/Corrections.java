package cn.gov.cjqx.approval.procedure;

import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.system.ApiException;

/**
 * Corrections of a returned procedure from the portal (POST /api/procedures/{businessKey}/correction), for the kinds
 * with a {@link Correction}: the request's fields as they stand, and the resubmission, which completes the correction
 * task as the user with the form's fields and 修改后重新提交 — not as the server's own call, so {@link EngineEntryGuard}
 * checks the fields against the task's form and the task's listeners and the process's checks judge the values, as for
 * Tasklist. (The opening, with its lists and materials, has its own door in opening/.)
 */
@Component
public class Corrections {

	private final List<Correction> corrections;

	private final TaskCompleter completer;

	private final RuntimeService runtime;

	Corrections(List<Correction> corrections, TaskCompleter completer, RuntimeService runtime) {
		this.corrections = corrections;
		this.completer = completer;
		this.runtime = runtime;
	}

	public Optional<Correction> of(ProcedureKind kind) {
		return corrections.stream().filter(c -> c.kind() == kind).findFirst();
	}

	/** The open correction task of the procedure, if it waits there. */
	public Optional<Task> openTask(Procedure procedure) {
		return of(procedure.getKind()).flatMap(c -> procedure.getProcessInstanceId() == null ? Optional.empty()
				: completer.openTask(procedure.getProcessInstanceId(), c.taskKey()));
	}

	/** The correction's fields as the process holds them now, in the form the portal's fields take (dates as text). */
	public Map<String, Object> current(Procedure procedure) {
		Correction correction = of(procedure.getKind()).orElseThrow();
		Map<String, Object> values = new LinkedHashMap<>();
		runtime.getVariables(procedure.getProcessInstanceId(), correction.fields()).forEach((name, value) -> {
			if (value instanceof Date date) {
				values.put(name, date.toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate().toString());
			}
			else if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
				values.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
			}
			else {
				values.put(name, value);
			}
		});
		return values;
	}

	/**
	 * 撤回 at the correction step: completes the correction task with 撤回申请, as its form would; the process ends through
	 * its own withdrawal step. Answers false when the procedure does not wait there.
	 */
	public boolean withdrawAtCorrection(AppUser user, Procedure procedure) {
		Optional<Task> task = openTask(procedure);
		task.ifPresent(open -> completer.completeAsTheForm(user, open,
				Map.of(of(procedure.getKind()).orElseThrow().choice().name(), CorrectionChoice.WITHDRAW.value())));
		return task.isPresent();
	}

	public void resubmit(AppUser user, Procedure procedure, Map<String, Object> fields) {
		Correction correction = of(procedure.getKind()).filter(Correction::resubmittedByTheKit)
			.orElseThrow(() -> ApiException.conflict("NOT_IN_CORRECTION", "该类事项不在这里补正"));
		Task task = openTask(procedure)
			.orElseThrow(() -> ApiException.conflict("NOT_IN_CORRECTION", "该事项目前不在补正环节"));
		for (String name : fields.keySet()) {
			if (!correction.fields().contains(name)) {
				throw ApiException.badRequest("VARIABLE_NOT_ALLOWED", name, "补正时不能修改这一项：" + name);
			}
		}
		Map<String, Object> variables = new HashMap<>(fields);
		variables.put(correction.choice().name(), CorrectionChoice.RESUBMIT.value());
		completer.completeAsTheForm(user, task, variables);
	}

}

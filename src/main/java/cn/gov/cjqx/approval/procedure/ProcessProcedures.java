package cn.gov.cjqx.approval.procedure;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedure of a process instance, for delegates and listeners, which find it this way rather than through a
 * process variable (whoever completes a task could overwrite that).
 * <p>
 * One command asks several times (six in the start of an opening: the record, the rule check, the first task's
 * candidate groups, visibility and form), and each JPQL query makes Hibernate flush the persistence context first. A
 * process instance belongs to one procedure for its whole life and its id is never reused, so the id of its procedure
 * is kept here once known; the procedure itself is then read by primary key, which the persistence context answers
 * without SQL when the transaction already holds it. An entry left by a rolled-back start names a process instance
 * that does not exist and is never asked for. At most {@value #MAX_ENTRIES} entries are kept.
 */
@Component
public class ProcessProcedures {

	static final int MAX_ENTRIES = 20_000;

	private final ProcedureRepository procedures;

	private final Map<String, Long> procedureIds = new ConcurrentHashMap<>();

	ProcessProcedures(ProcedureRepository procedures) {
		this.procedures = procedures;
	}

	/** Empty for a process instance that has no procedure (yet, or ever). */
	@Transactional(readOnly = true)
	public Optional<Procedure> find(String processInstanceId) {
		Long id = procedureIds.get(processInstanceId);
		if (id != null) {
			Optional<Procedure> procedure = procedures.findById(id);
			if (procedure.isPresent()) {
				return procedure;
			}
			procedureIds.remove(processInstanceId);
		}
		Optional<Procedure> procedure = procedures.findByProcessInstanceId(processInstanceId);
		procedure.ifPresent(this::remember);
		return procedure;
	}

	@Transactional(readOnly = true)
	public Procedure get(String processInstanceId) {
		return find(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("no procedure for process instance " + processInstanceId));
	}

	/** Saves a procedure that has just been attached to its process instance. */
	@Transactional
	public Procedure save(Procedure procedure) {
		Procedure saved = procedures.save(procedure);
		remember(saved);
		return saved;
	}

	private void remember(Procedure procedure) {
		if (procedure.getProcessInstanceId() == null || procedure.getId() == null) {
			return;
		}
		if (procedureIds.size() >= MAX_ENTRIES) {
			procedureIds.clear();
		}
		procedureIds.put(procedure.getProcessInstanceId(), procedure.getId());
	}

}

package cn.gov.cjqx.approval.procedure;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.system.ApiException;
import cn.gov.cjqx.approval.system.IdempotentStarts;
import cn.gov.cjqx.approval.system.Violation;

/**
 * The REST door of every procedure after it has checked who the caller is: a business key from the server, the
 * {@code Idempotency-Key} (a retry answers the first result), then in one transaction the lock on the target and the
 * refusals, then the start as the caller. A refusal becomes an HTTP status by one table ({@link #statusOf}).
 */
@Component
public class StartTemplate {

	/** Refusals that mean "the request is malformed" (400); every other refusal is a rule or state conflict (409). */
	static final Set<String> INPUT_CODES = Set.of("INVALID_VALUE", "INVALID_TYPE", "MISSING_FIELD", "UNKNOWN_FIELD",
			"PLATFORM_UNCHANGEABLE");

	private final IdempotentStarts starts;

	private final BusinessKeys businessKeys;

	private final ProcessStarter starter;

	StartTemplate(IdempotentStarts starts, BusinessKeys businessKeys, ProcessStarter starter) {
		this.starts = starts;
		this.businessKeys = businessKeys;
		this.starter = starter;
	}

	/**
	 * One start of a procedure, as its REST door names it.
	 *
	 * @param kind the procedure (its business key)
	 * @param processKey the process definition key
	 * @param target the id of the account or website it concerns, or null (it scopes the Idempotency-Key)
	 * @param request the request body (compared on a retry)
	 * @param lockAndCheck in the start's transaction: locks the target and says what refuses or merely flags the start
	 * @param variables the start's variables (run after the check, in the same transaction)
	 * @param status the status a start answers ({@code SUBMITTED}, {@code REPORTED}); {@code CORRECTION_REQUIRED}
	 *        when the check flagged something
	 */
	public record Start(ProcedureKind kind, String processKey, Object target, Object request,
			Supplier<Checked> lockAndCheck, Supplier<VariableMap> variables, String status) {

		public Start(ProcedureKind kind, String processKey, Object target, Object request,
				Supplier<Checked> lockAndCheck, Supplier<VariableMap> variables) {
			this(kind, processKey, target, request, lockAndCheck, variables, "SUBMITTED");
		}

	}

	/**
	 * What the check found: refusals stop the start; flags (SOFT rules) let it start and go to correction.
	 */
	public record Checked(List<Violation> refusals, List<Violation> flags) {

		public static Checked refusing(List<Violation> refusals) {
			return new Checked(refusals, List.of());
		}

		public static Checked flagging(List<Violation> flags) {
			return new Checked(List.of(), flags);
		}

	}

	/** The answer: where the procedure is, whether it is a replay, and the flags of a first start. */
	public record Started(String businessKey, String processInstanceId, String status, boolean replayed,
			List<Violation> flags) {

		/** 201 with the location of the procedure and the door's own view of it. */
		public <T> ResponseEntity<T> created(T body) {
			return ResponseEntity.created(URI.create("/api/procedures/" + businessKey)).body(body);
		}

	}

	public Started start(AppUser user, String idempotencyKey, Start start) {
		String businessKey = businessKeys.next(start.kind());
		String operation = start.processKey() + (start.target() == null ? "" : ":" + start.target());
		AtomicReference<List<Violation>> flags = new AtomicReference<>(List.of());
		IdempotentStarts.Outcome outcome = starts.start(user.id(), idempotencyKey, operation, start.request(), () -> {
			Checked checked = start.lockAndCheck().get();
			if (!checked.refusals().isEmpty()) {
				throw new ApiException(statusOf(checked.refusals()), checked.refusals().get(0).message(),
						checked.refusals());
			}
			flags.set(checked.flags());
			String processInstanceId = starter.start(user, start.processKey(), businessKey, start.variables().get());
			return new IdempotentStarts.Started(businessKey, processInstanceId,
					checked.flags().isEmpty() ? start.status() : "CORRECTION_REQUIRED");
		});
		IdempotentStarts.Started started = outcome.started();
		return new Started(started.businessKey(), started.processInstanceId(), started.status(), outcome.replayed(),
				flags.get());
	}

	/** The one table: 400 when every refusal is about the form of the input, else 409. */
	public static HttpStatus statusOf(List<Violation> refusals) {
		return refusals.stream().allMatch(v -> INPUT_CODES.contains(v.code())) ? HttpStatus.BAD_REQUEST
				: HttpStatus.CONFLICT;
	}

}

package cn.gov.cjqx.approval.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Makes start calls retry-safe: the first call with an {@code Idempotency-Key} claims the key in the same transaction
 * that starts the procedure; a retry with the same key and the same request gets the first result instead of a second
 * procedure; the same key with a different request is refused. Without a key every call starts anew.
 */
@Component
public class IdempotentStarts {

	public static final String HEADER = "Idempotency-Key";

	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

	/** What a start call answers: the procedure's business key, its process instance and status. */
	public record Started(String businessKey, String processInstanceId, String status) {
	}

	/** The result, and whether it is the replay of an earlier call. */
	public record Outcome(Started started, boolean replayed) {
	}

	private final IdempotencyRecordRepository records;

	private final TransactionTemplate transaction;

	private final ObjectMapper objectMapper;

	IdempotentStarts(IdempotencyRecordRepository records, PlatformTransactionManager transactionManager,
			ObjectMapper objectMapper) {
		this.records = records;
		this.transaction = new TransactionTemplate(transactionManager);
		this.objectMapper = objectMapper;
	}

	/**
	 * Runs {@code start} once per (user, key). {@code start} must do all its writes in the caller's transaction, which
	 * this method opens, so that the claim and the procedure commit or roll back together.
	 */
	public Outcome start(String userId, String key, String operation, Object request, Supplier<Started> start) {
		if (key == null) {
			return new Outcome(transaction.execute(status -> start.get()), false);
		}
		if (!isValidKey(key)) {
			throw invalidKey();
		}
		String hash = hash(operation, request);
		try {
			Started started = transaction.execute(status -> {
				IdempotencyRecord record = claim(new IdempotencyRecord(userId, key, operation, hash));
				Started result = start.get();
				record.complete(result);
				return result;
			});
			return new Outcome(started, false);
		}
		catch (KeyAlreadyClaimed e) {
			return replay(userId, key, operation, hash);
		}
	}

	static boolean isValidKey(String key) {
		return VALID_KEY.matcher(key).matches();
	}

	static ApiException invalidKey() {
		return ApiException.badRequest("INVALID_VALUE", HEADER, "Idempotency-Key 须为 1–100 个可见 ASCII 字符");
	}

	private IdempotencyRecord claim(IdempotencyRecord record) {
		try {
			return records.saveAndFlush(record);
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
			throw new KeyAlreadyClaimed(e);
		}
	}

	/** Another call holds or held the key; rolls the transaction back before the stored result is read. */
	private static final class KeyAlreadyClaimed extends RuntimeException {

		KeyAlreadyClaimed(Throwable cause) {
			super(cause);
		}

	}

	private Outcome replay(String userId, String key, String operation, String hash) {
		IdempotencyRecord record = transaction.execute(status -> records.findByUserIdAndKey(userId, key).orElse(null));
		if (record == null || record.result() == null) {
			throw new ApiException(HttpStatus.CONFLICT, "使用相同 Idempotency-Key 的请求正在处理，请稍后重试",
					List.of(Violation.of("IDEMPOTENCY_IN_PROGRESS", "使用相同 Idempotency-Key 的请求正在处理，请稍后重试")));
		}
		if (!record.sameRequest(operation, hash)) {
			String detail = "此 Idempotency-Key 已用于另一个不同的请求，请为新请求使用新的 Idempotency-Key";
			throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, detail,
					List.of(new Violation("IDEMPOTENCY_KEY_REUSED", HEADER, detail)));
		}
		return new Outcome(record.result(), true);
	}

	private String hash(String operation, Object request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(operation.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(objectMapper.writeValueAsBytes(request));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException | JsonProcessingException e) {
			throw new IllegalStateException("cannot hash the request of " + operation, e);
		}
	}

}

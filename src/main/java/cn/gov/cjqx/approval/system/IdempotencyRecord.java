package cn.gov.cjqx.approval.system;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The first result of a start call made with an {@code Idempotency-Key}, per user and key. */
@Entity
class IdempotencyRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String userId;

	@Column(name = "idem_key")
	private String key;

	private String operation;

	private String requestHash;

	private String businessKey;

	private String processInstanceId;

	private String resultStatus;

	private Instant createdAt;

	protected IdempotencyRecord() {
	}

	IdempotencyRecord(String userId, String key, String operation, String requestHash) {
		this.userId = userId;
		this.key = key;
		this.operation = operation;
		this.requestHash = requestHash;
		this.createdAt = Instant.now();
	}

	void complete(IdempotentStarts.Started started) {
		this.businessKey = started.businessKey();
		this.processInstanceId = started.processInstanceId();
		this.resultStatus = started.status();
	}

	boolean sameRequest(String operation, String requestHash) {
		return this.operation.equals(operation) && this.requestHash.equals(requestHash);
	}

	IdempotentStarts.Started result() {
		return businessKey == null ? null : new IdempotentStarts.Started(businessKey, processInstanceId, resultStatus);
	}

}

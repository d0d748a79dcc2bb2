package cn.gov.cjqx.approval.change;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One field of an account changed by a procedure: the previous and the new value (as JSON), who and when. */
@Entity
class AccountChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private String businessKey;

	private String field;

	private String oldValue;

	private String newValue;

	private String changedBy;

	private Instant changedAt;

	protected AccountChange() {
	}

	AccountChange(Long accountId, String businessKey, String field, String oldValue, String newValue, String changedBy) {
		this.accountId = accountId;
		this.businessKey = businessKey;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.changedBy = changedBy;
		this.changedAt = Instant.now();
	}

	String getBusinessKey() {
		return businessKey;
	}

	String getField() {
		return field;
	}

	String getOldValue() {
		return oldValue;
	}

	String getNewValue() {
		return newValue;
	}

	String getChangedBy() {
		return changedBy;
	}

	Instant getChangedAt() {
		return changedAt;
	}

}

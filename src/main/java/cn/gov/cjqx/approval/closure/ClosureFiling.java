package cn.gov.cjqx.approval.closure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.cjqx.approval.procedure.DecisionBasis;

/** What a closure procedure has recorded, step by step; kept beside the procedure. */
@Entity
@Table(name = "closure_filing")
class ClosureFiling {

	@Id
	private Long procedureId;

	@Enumerated(EnumType.STRING)
	private ClosureKind closureKind;

	@Enumerated(EnumType.STRING)
	private ClosureReason reason;

	/** Ordered by the bureau office (Art. 19) rather than asked for by the unit: the unit cannot withdraw it. */
	private boolean ordered;

	private String description;

	/** ART19_CONSOLIDATE_FIRST: the account the content moves to, and what was consolidated. */
	private String retainedAccount;

	private String consolidationDone;

	@Enumerated(EnumType.STRING)
	private DecisionBasis decisionBasis;

	/** Minutes number or the leader's written consent. */
	private String decisionReference;

	private Long noticeId;

	private LocalDate platformClosedOn;

	private LocalDate certificationDeregisteredOn;

	private String filingUpdateNote;

	private Instant updatedAt;

	@Version
	private long version;

	protected ClosureFiling() {
	}

	ClosureFiling(Long procedureId, ClosureRequest request, boolean ordered) {
		this.procedureId = procedureId;
		this.ordered = ordered;
		revise(request);
	}

	void revise(ClosureRequest request) {
		this.closureKind = request.kind();
		this.reason = request.reason();
		this.description = request.description();
		this.updatedAt = Instant.now();
	}

	void recordConsolidation(String retainedAccount, String consolidationDone) {
		this.retainedAccount = retainedAccount;
		this.consolidationDone = consolidationDone;
		this.updatedAt = Instant.now();
	}

	void recordDecisionBasis(DecisionBasis basis, String reference) {
		this.decisionBasis = basis;
		this.decisionReference = reference;
		this.updatedAt = Instant.now();
	}

	void noticePublished(Long noticeId) {
		this.noticeId = noticeId;
	}

	void recordPlatformClosed(LocalDate on) {
		this.platformClosedOn = on;
	}

	void recordCertificationDeregistered(LocalDate on) {
		this.certificationDeregisteredOn = on;
	}

	void recordFilingUpdate(String note) {
		this.filingUpdateNote = note;
	}

	ClosureRequest request() {
		return new ClosureRequest(closureKind, reason, description);
	}

	ClosureKind getClosureKind() {
		return closureKind;
	}

	ClosureReason getReason() {
		return reason;
	}

	boolean isOrdered() {
		return ordered;
	}

	String getDescription() {
		return description;
	}

	String getRetainedAccount() {
		return retainedAccount;
	}

	String getConsolidationDone() {
		return consolidationDone;
	}

	DecisionBasis getDecisionBasis() {
		return decisionBasis;
	}

	String getDecisionReference() {
		return decisionReference;
	}

	LocalDate getPlatformClosedOn() {
		return platformClosedOn;
	}

	String getFilingUpdateNote() {
		return filingUpdateNote;
	}

	LocalDate getCertificationDeregisteredOn() {
		return certificationDeregisteredOn;
	}

	Long getNoticeId() {
		return noticeId;
	}

}

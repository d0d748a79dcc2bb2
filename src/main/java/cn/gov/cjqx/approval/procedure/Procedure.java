package cn.gov.cjqx.approval.procedure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.cjqx.approval.system.Violation;
import cn.gov.cjqx.approval.unit.Unit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One procedure = one process instance, as the applicant and the registry see it. */
@Entity
@Table(name = "app_procedure")
public class Procedure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String businessKey;

	@Enumerated(EnumType.STRING)
	private ProcedureKind kind;

	private String processInstanceId;

	/** What it is about: the account or website name. */
	private String subject;

	private String applicantId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "website_id")
	private Long websiteId;

	@Enumerated(EnumType.STRING)
	private ProcedureStatus status;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private Instant startedAt;

	private Instant endedAt;

	@ElementCollection
	@CollectionTable(name = "procedure_violation", joinColumns = @JoinColumn(name = "procedure_id"))
	@OrderColumn(name = "sort_order")
	private List<RecordedViolation> violations = new ArrayList<>();

	@Version
	private long version;

	protected Procedure() {
	}

	public Procedure(String businessKey, ProcedureKind kind, String subject, String applicantId, Unit unit) {
		this.businessKey = businessKey;
		this.kind = kind;
		this.subject = subject;
		this.applicantId = applicantId;
		this.unit = unit;
		this.status = ProcedureStatus.RUNNING;
		this.startedAt = Instant.now();
	}

	public void attachProcessInstance(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public void renameSubject(String subject) {
		this.subject = subject;
	}

	public void concerns(Long accountId, Long websiteId) {
		this.accountId = accountId;
		this.websiteId = websiteId;
	}

	/** Replaces the recorded rule violations with those of the latest check. */
	public void recordViolations(List<Violation> found) {
		violations.clear();
		found.forEach(v -> violations.add(new RecordedViolation(v.code(), v.field(), v.message())));
	}

	public void end(Outcome outcome) {
		if (status != ProcedureStatus.RUNNING) {
			throw new IllegalStateException("Procedure " + businessKey + " already ended with " + this.outcome);
		}
		this.status = ProcedureStatus.ENDED;
		this.outcome = outcome;
		this.endedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public String getBusinessKey() {
		return businessKey;
	}

	public ProcedureKind getKind() {
		return kind;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public String getSubject() {
		return subject;
	}

	public String getApplicantId() {
		return applicantId;
	}

	public Unit getUnit() {
		return unit;
	}

	public Long getAccountId() {
		return accountId;
	}

	public Long getWebsiteId() {
		return websiteId;
	}

	public ProcedureStatus getStatus() {
		return status;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getEndedAt() {
		return endedAt;
	}

	public List<Violation> getViolations() {
		return violations.stream().map(v -> new Violation(v.code(), v.field(), v.message())).toList();
	}

	@Embeddable
	record RecordedViolation(String code, String field, String message) {
	}

}

package cn.gov.cjqx.approval.procedure;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Who decided what on which approval task: kept in our table so it outlives Camunda's history cleanup. */
@Entity
public class ApprovalRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String businessKey;

	private String processInstanceId;

	private String taskId;

	/** The task's definition key, e.g. {@code Task_CityGovApproval}. */
	private String taskKey;

	private String taskName;

	private String userId;

	/** The candidate group the user acted for. */
	private String groupId;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private String opinion;

	private Instant decidedAt;

	protected ApprovalRecord() {
	}

	public ApprovalRecord(String businessKey, String processInstanceId, String taskId, String taskKey, String taskName,
			String userId, String groupId, Decision decision, String opinion, Instant decidedAt) {
		this.businessKey = businessKey;
		this.processInstanceId = processInstanceId;
		this.taskId = taskId;
		this.taskKey = taskKey;
		this.taskName = taskName;
		this.userId = userId;
		this.groupId = groupId;
		this.decision = decision;
		this.opinion = opinion;
		this.decidedAt = decidedAt;
	}

	public Long getId() {
		return id;
	}

	public String getBusinessKey() {
		return businessKey;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public String getTaskId() {
		return taskId;
	}

	public String getTaskKey() {
		return taskKey;
	}

	public String getTaskName() {
		return taskName;
	}

	public String getUserId() {
		return userId;
	}

	public String getGroupId() {
		return groupId;
	}

	public Decision getDecision() {
		return decision;
	}

	public String getOpinion() {
		return opinion;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}

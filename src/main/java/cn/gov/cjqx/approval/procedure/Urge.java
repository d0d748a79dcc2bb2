package cn.gov.cjqx.approval.procedure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 催办: who urged which overdue step of a procedure, and on which day (one a day per step). */
@Entity
@Table(name = "procedure_urge")
public class Urge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String businessKey;

	private String taskId;

	private String taskName;

	private String urgedBy;

	private LocalDate urgedOn;

	private Instant urgedAt;

	protected Urge() {
	}

	Urge(String businessKey, String taskId, String taskName, String urgedBy, LocalDate urgedOn, Instant urgedAt) {
		this.businessKey = businessKey;
		this.taskId = taskId;
		this.taskName = taskName;
		this.urgedBy = urgedBy;
		this.urgedOn = urgedOn;
		this.urgedAt = urgedAt;
	}

	public String getTaskId() {
		return taskId;
	}

	public String getTaskName() {
		return taskName;
	}

	public String getUrgedBy() {
		return urgedBy;
	}

	public LocalDate getUrgedOn() {
		return urgedOn;
	}

	public Instant getUrgedAt() {
		return urgedAt;
	}

}

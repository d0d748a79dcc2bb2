package cn.gov.cjqx.approval.procedure;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A step handed to a colleague (转办, 委派) or the procedure given to someone to read (抄送). */
@Entity
@Table(name = "procedure_event")
public class ProcedureEvent {

	/** What happened, in the timeline's words. */
	public enum Kind {

		TRANSFERRED("转办"), DELEGATED("委派"), COPIED("抄送");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String businessKey;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String taskId;

	private String taskName;

	private String actor;

	private String targetUser;

	private String targetGroup;

	private String note;

	private Instant happenedAt;

	protected ProcedureEvent() {
	}

	ProcedureEvent(String businessKey, Kind kind, String taskId, String taskName, String actor, String targetUser,
			String targetGroup, String note, Instant happenedAt) {
		this.businessKey = businessKey;
		this.kind = kind;
		this.taskId = taskId;
		this.taskName = taskName;
		this.actor = actor;
		this.targetUser = targetUser;
		this.targetGroup = targetGroup;
		this.note = note;
		this.happenedAt = happenedAt;
	}

	public String getBusinessKey() {
		return businessKey;
	}

	public Kind getKind() {
		return kind;
	}

	public String getTaskName() {
		return taskName;
	}

	public String getActor() {
		return actor;
	}

	public String getTargetUser() {
		return targetUser;
	}

	public String getTargetGroup() {
		return targetGroup;
	}

	public String getNote() {
		return note;
	}

	public Instant getHappenedAt() {
		return happenedAt;
	}

}

package cn.gov.cjqx.approval.material;

import java.time.Instant;
import java.util.UUID;

import cn.gov.cjqx.approval.unit.Unit;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One uploaded file. The id is random so that links cannot be guessed from one another. */
@Entity
public class Material {

	@Id
	private UUID id;

	private String fileName;

	private String mediaType;

	private long sizeBytes;

	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	/** The unit of the uploader; null for approvers, who act for all units. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	private String uploadedBy;

	private Instant uploadedAt;

	protected Material() {
	}

	Material(String fileName, String mediaType, byte[] content, String sha256, Unit unit, String uploadedBy) {
		this.id = UUID.randomUUID();
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = content.length;
		this.content = content;
		this.sha256 = sha256;
		this.unit = unit;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	public UUID getId() {
		return id;
	}

	public String getFileName() {
		return fileName;
	}

	public String getMediaType() {
		return mediaType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getSha256() {
		return sha256;
	}

	public byte[] getContent() {
		return content;
	}

	public Unit getUnit() {
		return unit;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

}

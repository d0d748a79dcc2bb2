package cn.gov.cjqx.approval.content;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One item under review (一事一审) and, once published, its entry in the publication log. Kept forever. */
@Entity
@Table(name = "content_item")
public class ContentItem {

	@Id
	private Long procedureId;

	private Long accountId;

	private Long websiteId;

	private String title;

	private String body;

	@Enumerated(EnumType.STRING)
	private ContentKind kind;

	private String sourceName;

	private String sourceUrl;

	private boolean mapsUsed;

	private Boolean standardMap;

	private String mapApprovalNo;

	private boolean important;

	/** A repost from a source not on the list (ART23_AUTHORITATIVE_SOURCE): the main leader decides. */
	private boolean outOfListSource;

	@Enumerated(EnumType.STRING)
	private ContentStatus status;

	private Instant approvedAt;

	private String publishedUrl;

	private Instant publishedAt;

	private String publishedBy;

	@Version
	private long version;

	protected ContentItem() {
	}

	ContentItem(Long procedureId, ContentRequest request, boolean outOfListSource) {
		this.procedureId = procedureId;
		this.accountId = request.accountId();
		this.websiteId = request.websiteId();
		this.status = ContentStatus.IN_REVIEW;
		revise(request, outOfListSource);
	}

	/** A correction: the new text and declarations (the target stays). */
	void revise(ContentRequest request, boolean outOfListSource) {
		this.title = request.title();
		this.body = request.body();
		this.kind = request.kind();
		this.sourceName = request.kind() == ContentKind.REPOST ? request.sourceName() : null;
		this.sourceUrl = request.kind() == ContentKind.REPOST ? request.sourceUrl() : null;
		this.mapsUsed = Boolean.TRUE.equals(request.mapsUsed());
		this.standardMap = request.standardMap();
		this.mapApprovalNo = request.mapApprovalNo();
		this.important = Boolean.TRUE.equals(request.important());
		this.outOfListSource = outOfListSource;
	}

	void approve(Instant at) {
		this.status = ContentStatus.APPROVED;
		this.approvedAt = at;
	}

	void publish(String url, Instant at, String by) {
		this.status = ContentStatus.PUBLISHED;
		this.publishedUrl = url;
		this.publishedAt = at;
		this.publishedBy = by;
	}

	void end(ContentStatus status) {
		this.status = status;
	}

	/** Whether the main leader (主要负责同志) decides too: important content, or a source off the list. */
	public boolean needsMainLeader() {
		return important || outOfListSource;
	}

	public Long getProcedureId() {
		return procedureId;
	}

	public Long getAccountId() {
		return accountId;
	}

	public Long getWebsiteId() {
		return websiteId;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public ContentKind getKind() {
		return kind;
	}

	public String getSourceName() {
		return sourceName;
	}

	public String getSourceUrl() {
		return sourceUrl;
	}

	public boolean isMapsUsed() {
		return mapsUsed;
	}

	public Boolean getStandardMap() {
		return standardMap;
	}

	public String getMapApprovalNo() {
		return mapApprovalNo;
	}

	public boolean isImportant() {
		return important;
	}

	public boolean isOutOfListSource() {
		return outOfListSource;
	}

	public ContentStatus getStatus() {
		return status;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public String getPublishedUrl() {
		return publishedUrl;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public String getPublishedBy() {
		return publishedBy;
	}

}

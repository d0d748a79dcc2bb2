package cn.gov.cjqx.approval.unit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A unit (单位): the host of accounts and websites, and the unit users belong to. */
@Entity
public class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Short stable code, used in group ids such as {@code applicants-<code>}. */
	private String code;

	private String fullName;

	/** Registered short name (简称); an account name must carry it (Art. 15). */
	private String shortName;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	/** 涉密单位 */
	private boolean classified;

	/** Exercises public management functions towards the public (Art. 13). */
	private boolean publicFunctions;

	/** 垂管单位 */
	private boolean verticallyManaged;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Unit parent;

	protected Unit() {
	}

	public Unit(String code, String fullName, String shortName, UnitKind kind, boolean classified,
			boolean publicFunctions, boolean verticallyManaged, Unit parent) {
		this.code = code;
		this.fullName = fullName;
		this.shortName = shortName;
		this.kind = kind;
		this.classified = classified;
		this.publicFunctions = publicFunctions;
		this.verticallyManaged = verticallyManaged;
		this.parent = parent;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getFullName() {
		return fullName;
	}

	public String getShortName() {
		return shortName;
	}

	public UnitKind getKind() {
		return kind;
	}

	public boolean isClassified() {
		return classified;
	}

	public boolean isPublicFunctions() {
		return publicFunctions;
	}

	public boolean isVerticallyManaged() {
		return verticallyManaged;
	}

	public Unit getParent() {
		return parent;
	}

}

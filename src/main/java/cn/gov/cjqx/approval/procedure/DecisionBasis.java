package cn.gov.cjqx.approval.procedure;

/** ART18_DECISION_BASIS: a change or closure needs the unit's collective decision or its main leader's consent. */
public enum DecisionBasis {
	/** 单位集体研究 */
	COLLECTIVE_DECISION("单位集体研究"),
	/** 主要领导同意 */
	MAIN_LEADER_CONSENT("主要领导同意");

	private final String label;

	DecisionBasis(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

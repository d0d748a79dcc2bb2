package cn.gov.cjqx.approval.procedure;

import java.util.Arrays;
import java.util.Optional;

/** The value of the {@code decision} variable every approval task completes with. */
public enum Decision {
	/** 同意 */
	APPROVE("approve", "同意"),
	/** 退回修改: back to the applicant's correction task. */
	RETURN("return", "退回修改"),
	/** 不同意: ends the procedure as REJECTED. */
	REJECT("reject", "不同意");

	private final String value;

	private final String label;

	Decision(String value, String label) {
		this.value = value;
		this.label = label;
	}

	public String value() {
		return value;
	}

	public String label() {
		return label;
	}

	public boolean needsOpinion() {
		return this != APPROVE;
	}

	public static Optional<Decision> parse(Object value) {
		return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst();
	}
}

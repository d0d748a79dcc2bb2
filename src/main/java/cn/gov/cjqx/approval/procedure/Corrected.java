package cn.gov.cjqx.approval.procedure;

import java.util.List;

import cn.gov.cjqx.approval.system.Violation;

/** The answer to a correction (either door): the procedure's state and what the new check found. */
public record Corrected(String businessKey, String status, List<Violation> violations) {

	public static Corrected of(Procedure procedure) {
		return new Corrected(procedure.getBusinessKey(), procedure.getStatus().name(), procedure.getViolations());
	}

}

package cn.gov.cjqx.approval.rules;

import java.util.List;

/**
 * One rule of the catalogue over the facts of a filing. Implementations are plain functions of the facts (no database),
 * so each can be unit-tested with its boundary cases; the code that gathers the facts does the I/O once.
 */
public interface Rule<F> {

	String code();

	RuleKind kind();

	List<RuleViolation> check(F facts);

	default RuleViolation violation(String field, String message) {
		return new RuleViolation(code(), kind(), field, message);
	}

}

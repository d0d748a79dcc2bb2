package cn.gov.cjqx.approval.filing.rules;

import cn.gov.cjqx.approval.rules.Rule;

/** A rule checked on every opening filing, at the REST door and inside the process. */
public interface OpeningRule extends Rule<OpeningFacts> {

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}

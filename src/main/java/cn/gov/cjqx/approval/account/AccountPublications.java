package cn.gov.cjqx.approval.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * When each account last published reviewed content (the content review's publication log, which depends on the
 * registry, not the other way round): the "last updated" the national inspections judge.
 */
public interface AccountPublications {

	/** The last publication of each of these accounts that has one. */
	Map<Long, Instant> lastPublishedOnAccounts(Collection<Long> accountIds);

}

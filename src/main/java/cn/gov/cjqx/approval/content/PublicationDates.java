package cn.gov.cjqx.approval.content;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.account.AccountPublications;
import cn.gov.cjqx.approval.website.WebsitePublications;

/** The registry's "last published" from the publication log: one grouped query per list, on the indexed columns. */
@Component
class PublicationDates implements AccountPublications, WebsitePublications {

	private final ContentItemRepository items;

	PublicationDates(ContentItemRepository items) {
		this.items = items;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Instant> lastPublishedOnAccounts(Collection<Long> accountIds) {
		return accountIds.isEmpty() ? Map.of() : map(items.lastPublishedOnAccounts(accountIds));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Instant> lastPublishedOnWebsites(Collection<Long> websiteIds) {
		return websiteIds.isEmpty() ? Map.of() : map(items.lastPublishedOnWebsites(websiteIds));
	}

	private static Map<Long, Instant> map(List<Object[]> rows) {
		Map<Long, Instant> last = new HashMap<>();
		for (Object[] row : rows) {
			last.put((Long) row[0], (Instant) row[1]);
		}
		return last;
	}

}

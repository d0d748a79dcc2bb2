package cn.gov.cjqx.approval.outage;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.website.WebsiteEvent;

/** A website's emergency outages, for its registry entry. They do not count toward the yearly takedown limit. */
@Component
class OutageHistory implements WebsiteEvent.Source {

	private final OutageFilingRepository filings;

	OutageHistory(OutageFilingRepository filings) {
		this.filings = filings;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WebsiteEvent> eventsOf(long websiteId) {
		return filings.findByWebsiteIdOrderByOfflineSinceAsc(websiteId)
			.stream()
			.map(o -> new WebsiteEvent("OUTAGE", "紧急下线报备", null, null, o.getOfflineSince(), o.getRestoredAt(),
					o.getCause().label() + "：" + o.getDescription()))
			.toList();
	}

}

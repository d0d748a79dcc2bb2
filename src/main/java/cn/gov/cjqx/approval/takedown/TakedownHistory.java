package cn.gov.cjqx.approval.takedown;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.website.WebsiteEvent;

/** A website's takedowns, for its registry entry. */
@Component
class TakedownHistory implements WebsiteEvent.Source {

	private final TakedownFilingRepository filings;

	TakedownHistory(TakedownFilingRepository filings) {
		this.filings = filings;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WebsiteEvent> eventsOf(long websiteId) {
		return filings.findByWebsiteIdOrderByPlannedStartAsc(websiteId)
			.stream()
			.map(t -> new WebsiteEvent("TAKEDOWN", "临时下线", t.getPlannedStart(), t.getPlannedDays(), t.getOfflineAt(),
					t.getRestoredAt(), t.getReason() + (t.isEscalated() ? "（下线满 30 天未恢复，已报市政府办公室）" : "")))
			.toList();
	}

}

package cn.gov.cjqx.approval.website;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A takedown or an outage in a website's history, as the registry shows it. */
public record WebsiteEvent(String kind, String kindLabel, LocalDate plannedStart, Integer plannedDays, Instant offlineAt,
		Instant restoredAt, String detail) {

	/** Supplies the events of one kind; the takedown and outage procedures each provide one. */
	public interface Source {

		List<WebsiteEvent> eventsOf(long websiteId);

	}

}

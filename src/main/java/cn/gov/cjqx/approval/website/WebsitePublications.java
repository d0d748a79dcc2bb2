package cn.gov.cjqx.approval.website;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** When each website last published reviewed content (the content review's publication log). */
public interface WebsitePublications {

	/** The last publication of each of these websites that has one. */
	Map<Long, Instant> lastPublishedOnWebsites(Collection<Long> websiteIds);

}

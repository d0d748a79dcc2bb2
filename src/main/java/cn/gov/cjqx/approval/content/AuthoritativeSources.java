package cn.gov.cjqx.approval.content;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The party and government organs and authoritative media an item may be reposted from without the main leader's
 * explicit approval (Art. 23, "原则上"), {@code app.content.authoritative-sources}: each with its name and the hosts of
 * its sites. A source is on the list when the original's address is on one of those hosts or below it
 * ({@code www.news.cn} for {@code news.cn}); the name alone proves nothing, the address is what the reader follows.
 */
@ConfigurationProperties("app.content")
public record AuthoritativeSources(List<Source> authoritativeSources) {

	public AuthoritativeSources {
		authoritativeSources = authoritativeSources == null ? List.of() : List.copyOf(authoritativeSources);
	}

	public record Source(String name, List<String> hosts) {

		public Source {
			hosts = hosts == null ? List.of() : hosts.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
		}

		boolean covers(String host) {
			return hosts.stream().anyMatch(listed -> host.equals(listed) || host.endsWith("." + listed));
		}

	}

	/** Whether an address (http or https) is on a listed source's site. */
	public boolean listed(String url) {
		String host = RepostSourceRule.host(url);
		return host != null && authoritativeSources.stream().anyMatch(source -> source.covers(host));
	}

}

package cn.gov.cjqx.approval.account;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platforms on which accounts may be opened (ART13_APPROVED_PLATFORM: those approved by the national authorities),
 * configured under {@code app.platforms}: code, Chinese label, the platform's maximum account-name length and whether
 * it is a self-built app or mini program (Article 14).
 */
@ConfigurationProperties("app")
public record PlatformCatalog(List<Platform> platforms) {

	public PlatformCatalog {
		platforms = platforms == null ? List.of() : List.copyOf(platforms);
	}

	public record Platform(String code, String label, int nameMaxLength, boolean selfBuilt) {
	}

	public Optional<Platform> find(String code) {
		return platforms.stream().filter(p -> p.code().equals(code)).findFirst();
	}

	public String label(String code) {
		return find(code).map(Platform::label).orElse(code);
	}

}

package cn.gov.cjqx.approval.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Our zh.json of each webapp translates every key of the English file the 7.24 webjar ships, placeholders intact. */
class ChineseTranslationTests {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "admin", "welcome", "cockpit" })
	void shouldTranslateEveryKeyOfTheEnglishFile(String app) throws IOException {
		JsonNode english = read("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json");
		JsonNode chinese = read("META-INF/resources/webjars/camunda/app/" + app + "/locales/zh.json");
		List<String> missing = new ArrayList<>();
		List<String> brokenPlaceholders = new ArrayList<>();
		Iterator<String> keys = english.path("labels").fieldNames();
		while (keys.hasNext()) {
			String key = keys.next();
			JsonNode translated = chinese.path("labels").get(key);
			boolean englishBlank = english.path("labels").get(key).asText().isBlank();
			if (translated == null || (translated.asText().isBlank() && !englishBlank)) {
				missing.add(key);
				continue;
			}
			Matcher placeholders = PLACEHOLDER.matcher(english.path("labels").get(key).asText());
			while (placeholders.find()) {
				if (!translated.asText().contains(placeholders.group())) {
					brokenPlaceholders.add(key + " " + placeholders.group());
				}
			}
		}
		assertThat(english.path("labels").size()).isGreaterThan(100);
		assertThat(missing).as(app + ": untranslated keys").isEmpty();
		assertThat(brokenPlaceholders).as(app + ": placeholders").isEmpty();
		long unchanged = 0;
		for (Iterator<String> all = english.path("labels").fieldNames(); all.hasNext();) {
			String key = all.next();
			if (english.path("labels").get(key).asText().equals(chinese.path("labels").path(key).asText())) {
				unchanged++;
			}
		}
		assertThat(unchanged).as(app + ": labels left in English (product names, symbols)")
			.isLessThan(english.path("labels").size() / 10);
	}

	private static JsonNode read(String resource) throws IOException {
		try (InputStream in = ChineseTranslationTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
			return new ObjectMapper().readTree(text);
		}
	}

}

package cn.gov.cjqx.approval.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every rule code that the README names (its rule tables and procedure descriptions) is enforced in main code and
 * named by at least one test, so that removing a rule fails a test that says which.
 */
class RuleCatalogueTests {

	private static final Pattern CODE = Pattern.compile("\\bART\\d+_[A-Z0-9_]+\\b");

	@Test
	void shouldEnforceAndTestEveryRuleCodeOfTheReadme() throws IOException {
		Set<String> codes = new TreeSet<>();
		Matcher matcher = CODE.matcher(Files.readString(Path.of("README.md")));
		while (matcher.find()) {
			codes.add(matcher.group());
		}
		assertThat(codes).as("rule codes in the README").hasSizeGreaterThan(20);
		String main = sources(Path.of("src/main/java"));
		String tests = sources(Path.of("src/test/java"))
			.replace(Files.readString(Path.of("src/test/java/cn/gov/cjqx/approval/architecture/RuleCatalogueTests.java")), "");
		assertThat(codes).as("codes that no main code enforces").allMatch(code -> main.contains("\"" + code + "\""));
		assertThat(codes).as("codes that no test names").allMatch(tests::contains);
	}

	private static String sources(Path root) throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				all.append(Files.readString(file)).append('\n');
			}
		}
		return all.toString();
	}

}

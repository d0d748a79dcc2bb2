package cn.gov.cjqx.approval.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import cn.gov.cjqx.approval.system.Violation;

/** The one table from refusals to HTTP status that every procedure's REST door answers by. */
class StartTemplateTests {

	@Test
	void shouldAnswer400ForMalformedInputAnd409ForAnyRuleOrStateConflict() {
		assertThat(StartTemplate.statusOf(List.of(Violation.of("INVALID_VALUE", "x"), Violation.of("MISSING_FIELD", "y"))))
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(StartTemplate.statusOf(List.of(Violation.of("PLATFORM_UNCHANGEABLE", "x"))))
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(StartTemplate.statusOf(List.of(Violation.of("INVALID_VALUE", "x"), Violation.of("ART10_MAX_30_DAYS", "y"))))
			.isEqualTo(HttpStatus.CONFLICT);
		for (String code : List.of("ONE_PROCEDURE_AT_A_TIME", "ACCOUNT_NOT_ACTIVE", "ART13_ONE_ACCOUNT_PER_UNIT",
				"ART10_ONCE_PER_YEAR")) {
			assertThat(StartTemplate.statusOf(List.of(Violation.of(code, "x")))).as(code).isEqualTo(HttpStatus.CONFLICT);
		}
	}

}

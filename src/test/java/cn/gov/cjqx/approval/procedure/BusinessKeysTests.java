package cn.gov.cjqx.approval.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.cjqx.approval.support.IntegrationTest;

@IntegrationTest
class BusinessKeysTests {

	@Autowired
	BusinessKeys keys;

	@Test
	void shouldNumberPerKindAndYearFromOne() {
		LocalDate day = LocalDate.of(2031, 5, 1);
		assertThat(keys.next(ProcedureKind.NEW_MEDIA_OPENING, day)).isEqualTo("XMT-KS-2031-0001");
		assertThat(keys.next(ProcedureKind.NEW_MEDIA_OPENING, day)).isEqualTo("XMT-KS-2031-0002");
		assertThat(keys.next(ProcedureKind.WEBSITE_TAKEDOWN, day)).isEqualTo("WZ-XX-2031-0001");
		assertThat(keys.next(ProcedureKind.NEW_MEDIA_OPENING, LocalDate.of(2032, 1, 1))).isEqualTo("XMT-KS-2032-0001");
	}

	@Test
	void shouldNeverHandOutTheSameKeyTwiceUnderConcurrentStarts() throws Exception {
		LocalDate day = LocalDate.of(2033, 1, 1); // a fresh counter: the first keys race to create its row
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Callable<String>> calls = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				calls.add(() -> keys.next(ProcedureKind.NEW_MEDIA_CLOSURE, day));
			}
			List<String> handedOut = new ArrayList<>();
			for (Future<String> future : pool.invokeAll(calls)) {
				handedOut.add(future.get());
			}
			assertThat(new HashSet<>(handedOut)).hasSize(50);
			assertThat(handedOut).allMatch(key -> key.matches("XMT-GT-2033-00[0-9]{2}"));
		}
		finally {
			pool.shutdownNow();
		}
	}

}

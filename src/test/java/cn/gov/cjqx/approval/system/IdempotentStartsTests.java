package cn.gov.cjqx.approval.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import cn.gov.cjqx.approval.demo.DemoUnits;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.support.Fixtures;
import cn.gov.cjqx.approval.support.IntegrationTest;

/** The shared Idempotency-Key mechanism, with a start that writes a real procedure row. */
@IntegrationTest
class IdempotentStartsTests {

	@Autowired
	IdempotentStarts starts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProcedureRepository procedures;

	final AtomicInteger executions = new AtomicInteger();

	final Supplier<IdempotentStarts.Started> start = () -> {
		executions.incrementAndGet();
		Procedure procedure = fixtures.procedureOf(DemoUnits.BUREAU, "applicant");
		return new IdempotentStarts.Started(procedure.getBusinessKey(), "pi-" + procedure.getId(), "RUNNING");
	};

	@Test
	void shouldReturnTheFirstResultToARetryWithTheSameKey() {
		String key = UUID.randomUUID().toString();
		var first = starts.start("applicant", key, "test-start", Map.of("name", "澄江气象"), start);
		var retry = starts.start("applicant", key, "test-start", Map.of("name", "澄江气象"), start);

		assertThat(first.replayed()).isFalse();
		assertThat(retry.replayed()).isTrue();
		assertThat(retry.started()).isEqualTo(first.started());
		assertThat(executions).hasValue(1);
	}

	@Test
	void shouldStartAnewWithoutKeyOrForAnotherUser() {
		starts.start("applicant", null, "test-start", Map.of(), start);
		starts.start("applicant", null, "test-start", Map.of(), start);
		String key = UUID.randomUUID().toString();
		starts.start("applicant", key, "test-start", Map.of(), start);
		starts.start("applicant2", key, "test-start", Map.of(), start);
		assertThat(executions).hasValue(4);
	}

	@Test
	void shouldRefuseTheSameKeyForADifferentRequest() {
		String key = UUID.randomUUID().toString();
		starts.start("applicant", key, "test-start", Map.of("name", "A"), start);
		assertThatThrownBy(() -> starts.start("applicant", key, "test-start", Map.of("name", "B"), start))
			.isInstanceOfSatisfying(ApiException.class, e -> {
				assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
				assertThat(e.violations()).extracting(Violation::code).containsExactly("IDEMPOTENCY_KEY_REUSED");
			});
		assertThat(executions).hasValue(1);
	}

	@Test
	void shouldRefuseAMalformedKey() {
		assertThatThrownBy(() -> starts.start("applicant", "含中文", "test-start", Map.of(), start))
			.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
		assertThat(executions).hasValue(0);
	}

	@Test
	void shouldLeaveNoClaimWhenTheStartFails() {
		String key = UUID.randomUUID().toString();
		long before = procedures.count();
		assertThatThrownBy(() -> starts.start("applicant", key, "test-start", Map.of(), () -> {
			fixtures.procedureOf(DemoUnits.BUREAU, "applicant");
			throw new IllegalStateException("rule check failed");
		})).hasMessage("rule check failed");
		assertThat(procedures.count()).isEqualTo(before);

		var retry = starts.start("applicant", key, "test-start", Map.of(), start);
		assertThat(retry.replayed()).isFalse();
	}

	@Test
	void shouldStartOnceWhenTheSameKeyArrivesConcurrently() throws Exception {
		String key = UUID.randomUUID().toString();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Callable<Object>> calls = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				calls.add(() -> {
					try {
						return starts.start("applicant", key, "test-start", Map.of("n", 1), start).started();
					}
					catch (ApiException e) {
						return e.violations().get(0).code();
					}
				});
			}
			List<Object> results = new ArrayList<>();
			for (Future<Object> future : pool.invokeAll(calls)) {
				results.add(future.get());
			}
			assertThat(executions).hasValue(1);
			// every caller got the one result, or was told the first call is still in progress
			assertThat(new HashSet<>(results)).allMatch(
					r -> r instanceof IdempotentStarts.Started || "IDEMPOTENCY_IN_PROGRESS".equals(r));
			assertThat(results.stream().filter(r -> r instanceof IdempotentStarts.Started).distinct()).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}

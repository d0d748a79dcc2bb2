package cn.gov.cjqx.approval.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class DecisionSubjectTests {

	final DecisionSubject subject = DecisionSubject.of("accountName", "账号名称", "columns", "栏目设置");

	@Test
	void shouldFindNoChangeWhenOnlyOtherFieldsChanged() {
		String decidedOn = subject.fingerprints("{\"accountName\":\"澄江气象\",\"columns\":[1,2],\"hostContact\":\"1\"}");
		assertThat(subject.changed(decidedOn, "{\"accountName\":\"澄江气象 \",\"columns\":[1,2],\"hostContact\":\"2\"}"))
			.isEmpty();
	}

	@Test
	void shouldNameTheFieldsThatChanged() {
		String decidedOn = subject.fingerprints("{\"accountName\":\"澄江气象\",\"columns\":[1,2]}");
		assertThat(subject.changed(decidedOn, "{\"accountName\":\"澄江天气\",\"columns\":[1]}"))
			.containsExactly("accountName", "columns");
		assertThat(subject.labelsOf(subject.changed(decidedOn, "{\"accountName\":\"澄江气象\",\"columns\":[2,1]}")))
			.isEqualTo("栏目设置");
	}

	@Test
	void shouldTakeBlankAndAbsentAsTheSameAnswer() {
		String decidedOn = subject.fingerprints("{\"accountName\":\"\",\"columns\":null}");
		assertThat(subject.changed(decidedOn, "{}")).isEmpty();
	}

	@Test
	void shouldCountEveryFieldAsChangedWhenNothingWasDecidedYet() {
		assertThat(subject.changed(null, "{}")).containsExactly("accountName", "columns");
	}

	@Test
	void shouldRefuseAFieldTheRequestDoesNotHave() {
		assertThatThrownBy(() -> subject.requireFieldsOf(Set.of("accountName"))).hasMessageContaining("columns");
	}

}

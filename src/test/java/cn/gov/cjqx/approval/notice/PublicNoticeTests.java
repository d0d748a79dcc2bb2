package cn.gov.cjqx.approval.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.cjqx.approval.calendar.WorkingPeriod;

class PublicNoticeTests {

	final PublicNotice notice = new PublicNotice("XMT-GT-2026-0001", "关于关停的公告", "正文", LocalDate.of(2026, 9, 18), 15,
			new WorkingPeriod(LocalDate.of(2026, 10, 15), false));

	@Test
	void shouldContinueAtMidnightInShanghaiAfterTheLastWorkingDay() {
		assertThat(notice.continuesAt()).isEqualTo(Instant.parse("2026-10-15T16:00:00Z"));
	}

	@Test
	void shouldBeInForceFromPublicationToTheEndOfTheLastDay() {
		assertThat(notice.inForce(LocalDate.of(2026, 9, 17))).isFalse();
		assertThat(notice.inForce(LocalDate.of(2026, 9, 18))).isTrue();
		assertThat(notice.inForce(LocalDate.of(2026, 10, 15))).isTrue();
		assertThat(notice.inForce(LocalDate.of(2026, 10, 16))).isFalse();
	}

	@Test
	void shouldBeExtendedButNeverShortenedByARecomputation() {
		assertThat(notice.recompute(new WorkingPeriod(LocalDate.of(2026, 10, 14), false))).isFalse();
		assertThat(notice.getEndsOn()).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(notice.recompute(new WorkingPeriod(LocalDate.of(2026, 10, 16), false))).isTrue();
		assertThat(notice.getEndsOn()).isEqualTo(LocalDate.of(2026, 10, 16));
	}

	@Test
	void shouldEndAnAnnouncementEarlyButKeepItsPublicationDay() {
		notice.endBy(LocalDate.of(2026, 9, 25));
		assertThat(notice.getEndsOn()).isEqualTo(LocalDate.of(2026, 9, 24));
		assertThat(notice.inForce(LocalDate.of(2026, 9, 25))).isFalse();
		PublicNotice sameDay = new PublicNotice("WZ-XX-2026-0001", "公告", "正文", LocalDate.of(2026, 9, 18), 0,
				new WorkingPeriod(LocalDate.of(2026, 9, 30), false));
		sameDay.endBy(LocalDate.of(2026, 9, 18));
		assertThat(sameDay.getEndsOn()).isEqualTo(LocalDate.of(2026, 9, 18));
	}

	@Test
	void shouldStopBeingInForceOnceRevoked() {
		notice.revoke();
		assertThat(notice.inForce(LocalDate.of(2026, 9, 20))).isFalse();
		assertThatThrownBy(notice::revoke).isInstanceOf(IllegalStateException.class);
	}

}

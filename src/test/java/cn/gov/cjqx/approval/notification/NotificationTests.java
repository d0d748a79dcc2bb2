package cn.gov.cjqx.approval.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;

/**
 * 消息 and mail (issue 18): a task arrives, is due tomorrow, overdue, overdue for long (to the bureau office), urged;
 * a procedure ends. Mails go through a real SMTP server (GreenMail); an outage of it delays them, loses none and stops
 * no approval. Thursday 3 December 2026 is a working day; Monday the 7th, Tuesday the 8th … too.
 */
@IntegrationTest
class NotificationTests {

	static final OffsetDateTime THURSDAY = OffsetDateTime.parse("2026-12-03T10:00:00+08:00");

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcedureRepository procedures;

	@Autowired
	TaskService tasks;

	@Autowired
	Reminders reminders;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	TestHttp http;

	TestUnit unit;

	String businessKey;

	@BeforeEach
	void fileAChange() {
		ClockUtil.setCurrentTime(Date.from(THURSDAY.toInstant()));
		http = new TestHttp(port);
		unit = scenario.newUnit();
	}

	@AfterEach
	void restore() {
		TestSmtp.start();
		ClockUtil.reset();
	}

	@Test
	void shouldTellTheLeadersByMessageAndMailWhenAFilingArrives() {
		fileChange();
		JsonNode messages = http.get(unit.leader(), "/api/messages").json();
		assertThat(messages.path("unread").asInt()).isEqualTo(1);
		JsonNode arrived = messages.path("messages").get(0);
		assertThat(arrived.path("kind").asText()).isEqualTo("TASK_ARRIVED");
		assertThat(arrived.path("title").asText()).startsWith("【待办】政务新媒体变更「" + unit.shortName() + "微博」：单位决定");
		assertThat(arrived.path("body").asText()).contains(unit.fullName(), businessKey, "2026年12月10日");
		assertThat(arrived.path("link").asText()).startsWith("/camunda/app/tasklist/default/#/?task=");

		MimeMessage mail = awaitMail(unit.leader(), m -> subject(m).startsWith("【待办】"));
		assertThat(text(mail)).contains(businessKey, "http://localhost:8080/camunda/app/tasklist/default/#/?task=");

		// nobody else reads it or marks it read
		assertThat(http.get(unit.applicant(), "/api/messages").json().path("messages")).isEmpty();
		long id = arrived.path("id").asLong();
		assertThat(http.postJson(unit.applicant(), "/api/messages/" + id + "/read", "").status()).isEqualTo(404);
		assertThat(http.postJson(unit.leader(), "/api/messages/" + id + "/read", "").json().path("unread").asInt())
			.isZero();
	}

	@Test
	void shouldRemindTheHoldersOnceTheDayBeforeThenDailyWhenOverdueAndTellTheOfficeAfterThreeWorkingDays() {
		fileChange();
		Task step = step();
		// due on Friday the 4th: on Thursday it is due tomorrow, told once however often the sweep runs
		tasks.setDueDate(step.getId(), Date.from(OffsetDateTime.parse("2026-12-04T23:59:59+08:00").toInstant()));
		reminders.remind();
		reminders.remind();
		assertThat(kinds(unit.leader())).containsExactly("DUE_TOMORROW", "TASK_ARRIVED");

		at("2026-12-07T09:00:00+08:00"); // Monday: overdue
		reminders.remind();
		reminders.remind();
		assertThat(kinds(unit.leader())).containsExactly("OVERDUE", "DUE_TOMORROW", "TASK_ARRIVED");
		at("2026-12-08T09:00:00+08:00");
		reminders.remind();
		assertThat(kinds(unit.leader())).containsExactly("OVERDUE", "OVERDUE", "DUE_TOMORROW", "TASK_ARRIVED");
		assertThat(escalations(step)).isZero();
		at("2026-12-10T09:00:00+08:00"); // the 4th working day after the due day: the office is told, once
		reminders.remind();
		reminders.remind();
		assertThat(escalations(step)).isEqualTo(1);
		assertThat(http.get("office", "/api/messages").json().path("messages").findValuesAsText("title"))
			.anyMatch(title -> title.startsWith("【逾期督办】") && title.contains(unit.shortName()));
		at("2026-12-12T09:00:00+08:00"); // Saturday: nobody is reminded
		assertThat(reminders.remind()).isZero();

		awaitMail(unit.leader(), m -> subject(m).startsWith("【已逾期】"));
	}

	@Test
	void shouldTellTheHoldersWhenAClerkUrges() {
		fileChange();
		tasks.setDueDate(step().getId(), Date.from(THURSDAY.minusDays(1).toInstant()));
		assertThat(http.postJson(unit.applicant(), "/api/procedures/" + businessKey + "/urges", "").status())
			.isEqualTo(201);
		JsonNode urged = http.get(unit.leader(), "/api/messages").json().path("messages").get(0);
		assertThat(urged.path("kind").asText()).isEqualTo("URGED");
		assertThat(urged.path("body").asText()).contains("催办", businessKey);
		awaitMail(unit.leader(), m -> subject(m).startsWith("【催办】"));
	}

	@Test
	void shouldTellTheApplicantWhenTheProcedureEnds() {
		fileChange();
		assertThat(http.postJson(unit.applicant(), "/api/procedures/" + businessKey + "/withdrawal", "").status())
			.isLessThan(300);
		JsonNode ended = http.get(unit.applicant(), "/api/messages").json().path("messages").get(0);
		assertThat(ended.path("kind").asText()).isEqualTo("PROCEDURE_ENDED");
		assertThat(ended.path("title").asText()).contains("已撤回");
		assertThat(ended.path("link").asText()).isEqualTo("/portal/procedures/" + businessKey);
		awaitMail(unit.applicant(), m -> subject(m).startsWith("【办结】"));
	}

	@Test
	void shouldKeepApprovingWhileTheMailServerIsDownAndSendTheMailsWhenItIsBack() {
		TestSmtp.stop();
		fileChange();
		outbox.send();
		http.completeTask(unit.leader(), businessKey, "{\"decision\":{\"value\":\"approve\"}}");
		outbox.send();
		assertThat(mailStatuses(unit.leader())).containsOnly("PENDING");
		assertThat(kinds("office")).contains("TASK_ARRIVED");
		assertThat(TestSmtp.mailsTo(address(unit.leader()))).isEmpty();

		TestSmtp.start();
		at("2026-12-03T12:00:00+08:00"); // past the back-off
		awaitMail(unit.leader(), m -> subject(m).startsWith("【待办】"));
		assertThat(mailStatuses(unit.leader())).containsOnly("SENT");
	}

	private void fileChange() {
		businessKey = scenario.fileChange(http, unit);
	}

	private Task step() {
		String instance = procedures.findByBusinessKey(businessKey).orElseThrow().getProcessInstanceId();
		return tasks.createTaskQuery().processInstanceId(instance).singleResult();
	}

	private List<String> kinds(String user) {
		return http.get(user, "/api/messages").json().path("messages").findValuesAsText("kind");
	}

	private int escalations(Task step) {
		return jdbc.queryForObject("select count(*) from notification where kind = 'OVERDUE_ESCALATED' and task_id = ?",
				Integer.class, step.getId());
	}

	private List<String> mailStatuses(String user) {
		return jdbc.queryForList("select mail_status from notification where recipient = ?", String.class, user);
	}

	private static void at(String time) {
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
	}

	private static String address(String user) {
		return user + "@test.example.gov.cn";
	}

	/** Runs the outbox until a mail for the user that matches arrives (the scheduled outbox may send it first). */
	private MimeMessage awaitMail(String user, Predicate<MimeMessage> matches) {
		long deadline = System.currentTimeMillis() + 20_000;
		while (true) {
			outbox.send();
			List<MimeMessage> mails = TestSmtp.mailsTo(address(user)).stream().filter(matches).toList();
			if (!mails.isEmpty()) {
				return mails.get(0);
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("no such mail for " + user + "; statuses: "
						+ jdbc.queryForList("select kind, mail_status, mail_error from notification where recipient = ?",
								user)
								.stream()
								.map(Map::toString)
								.toList());
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String text(MimeMessage mail) {
		try {
			return String.valueOf(mail.getContent());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}

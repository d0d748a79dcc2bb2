package cn.gov.cjqx.approval.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends the e-mails of the notifications, after the transactions that wrote them. Every node polls
 * ({@code app.notifications.mail.every}); a node claims a message for two minutes before sending it, so two nodes do
 * not send the same mail. When the mail server is down the message stays PENDING and is tried again after 1, 2, 4 …
 * minutes (at most an hour apart), up to {@code app.notifications.mail.max-attempts} times, then FAILED; the in-app
 * message is there all along and the approvals never wait for the mail.
 */
@Component
class MailOutbox {

	static final Duration CLAIM = Duration.ofMinutes(2);

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private static final int BATCH = 50;

	private final JdbcTemplate jdbc;

	private final ObjectProvider<JavaMailSender> mail;

	private final TaskHolders people;

	private final String from;

	private final String publicUrl;

	private final int maxAttempts;

	MailOutbox(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mail, TaskHolders people,
			@Value("${app.notifications.mail.from}") String from, @Value("${app.public-url}") String publicUrl,
			@Value("${app.notifications.mail.max-attempts:10}") int maxAttempts) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.people = people;
		this.from = from;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.maxAttempts = maxAttempts;
	}

	@Scheduled(initialDelayString = "${app.notifications.mail.first:PT20S}",
			fixedDelayString = "${app.notifications.mail.every:PT10S}")
	void scheduled() {
		try {
			send();
		}
		catch (RuntimeException e) {
			log.warn("Mail outbox could not run this time (will try again): {}", e.getMessage());
		}
	}

	/** Sends what is due now; returns how many mails went out. Stops at the first failure to reach the server. */
	int send() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		Instant now = Notifications.now();
		List<Long> due = jdbc.queryForList("select id from notification where mail_status = 'PENDING' and mail_next_at <= ? "
				+ "and (mail_claimed_until is null or mail_claimed_until < ?) order by id fetch first " + BATCH
				+ " rows only", Long.class, Timestamp.from(now), Timestamp.from(now));
		int sent = 0;
		for (long id : due) {
			if (!claim(id, now)) {
				continue;
			}
			Map<String, Object> row = jdbc.queryForMap(
					"select recipient, title, body, link, mail_attempts from notification where id = ?", id);
			String address = people.emailOf((String) row.get("recipient"));
			if (address == null) {
				finish(id, MailStatus.NO_ADDRESS, null);
				continue;
			}
			try {
				sender.send(message(sender, address, row));
				finish(id, MailStatus.SENT, null);
				sent++;
			}
			catch (MailException | MessagingException e) {
				int attempts = ((Number) row.get("mail_attempts")).intValue() + 1;
				failed(id, attempts, now, e);
				log.warn("Mail to {} not sent (attempt {}), the outbox tries again later: {}", address, attempts,
						e.getMessage());
				break;
			}
		}
		return sent;
	}

	private boolean claim(long id, Instant now) {
		return jdbc.update("update notification set mail_claimed_until = ? where id = ? and mail_status = 'PENDING' "
				+ "and (mail_claimed_until is null or mail_claimed_until < ?)", Timestamp.from(now.plus(CLAIM)), id,
				Timestamp.from(now)) == 1;
	}

	private MimeMessage message(JavaMailSender sender, String address, Map<String, Object> row) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(from);
		helper.setTo(address);
		helper.setSubject((String) row.get("title"));
		String link = (String) row.get("link");
		helper.setText(row.get("body") + (link == null ? "" : "\n\n办理或查看：" + publicUrl + link)
				+ "\n\n此邮件由澄江市气象局政府网站和政务新媒体审批系统自动发送，请勿直接回复。");
		return message;
	}

	private void finish(long id, MailStatus status, String error) {
		jdbc.update("update notification set mail_status = ?, mail_sent_at = ?, mail_error = ?, "
				+ "mail_claimed_until = null where id = ?", status.name(),
				status == MailStatus.SENT ? Timestamp.from(Notifications.now()) : null, error, id);
	}

	private void failed(long id, int attempts, Instant now, Exception e) {
		long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
		String error = String.valueOf(e.getMessage());
		jdbc.update("update notification set mail_status = ?, mail_attempts = ?, mail_next_at = ?, mail_error = ?, "
				+ "mail_claimed_until = null where id = ?",
				(attempts >= maxAttempts ? MailStatus.FAILED : MailStatus.PENDING).name(), attempts,
				Timestamp.from(now.plus(Duration.ofMinutes(minutes))), error.length() > 500 ? error.substring(0, 500) : error,
				id);
	}

}

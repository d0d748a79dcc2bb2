package cn.gov.cjqx.approval.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes and reads the notifications. {@link #write} joins the caller's transaction (a task that is rolled back tells
 * nobody); {@link #writeOnce} is for the reminder sweep, which every node may run: each message in a transaction of
 * its own, skipped when its dedupe key exists.
 */
@Component
public class Notifications {

	/** What to tell; {@code dedupeKey} is completed with the recipient. */
	public record Notice(NotificationKind kind, String businessKey, String taskId, String title, String body,
			String link, String dedupeKey) {
	}

	private static final int LIST_SIZE = 50;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final ObjectProvider<JavaMailSender> mail;

	Notifications(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<JavaMailSender> mail) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.mail = mail;
	}

	/** One message to each recipient, in the caller's transaction. */
	public void write(Collection<String> recipients, Notice notice) {
		for (String recipient : recipients) {
			insert(recipient, notice);
		}
	}

	/** One message to each recipient who has not had this one yet; returns how many were written. */
	public int writeOnce(Collection<String> recipients, Notice notice) {
		int written = 0;
		for (String recipient : recipients) {
			if (exists(notice.dedupeKey() + ":" + recipient)) {
				continue;
			}
			try {
				ownTransaction.executeWithoutResult(status -> insert(recipient, notice));
				written++;
			}
			catch (DataIntegrityViolationException anotherNodeWroteIt) {
				// the same sweep on another node, at the same moment
			}
		}
		return written;
	}

	private boolean exists(String dedupeKey) {
		return !jdbc.queryForList("select 1 from notification where dedupe_key = ?", Integer.class, dedupeKey).isEmpty();
	}

	private void insert(String recipient, Notice notice) {
		Timestamp now = Timestamp.from(now());
		jdbc.update("insert into notification (recipient, kind, business_key, task_id, title, body, link, created_at, "
				+ "dedupe_key, mail_status, mail_next_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", recipient,
				notice.kind().name(), notice.businessKey(), notice.taskId(), clip(notice.title(), 300),
				clip(notice.body(), 2000), notice.link(), now, clip(notice.dedupeKey() + ":" + recipient, 200),
				(mail.getIfAvailable() == null ? MailStatus.OFF : MailStatus.PENDING).name(), now);
	}

	/** The newest messages of a person, unread and read. */
	public List<Message> of(String recipient) {
		return jdbc.query("select id, kind, business_key, title, body, link, created_at, read_at from notification "
				+ "where recipient = ? order by id desc fetch first " + LIST_SIZE + " rows only", (row, i) -> {
					NotificationKind kind = NotificationKind.valueOf(row.getString("kind"));
					return new Message(row.getLong("id"), kind, kind.label(), row.getString("business_key"),
							row.getString("title"), row.getString("body"), row.getString("link"),
							row.getTimestamp("created_at").toInstant(), row.getTimestamp("read_at") != null);
				}, recipient);
	}

	public int unread(String recipient) {
		Integer count = jdbc.queryForObject(
				"select count(*) from notification where recipient = ? and read_at is null", Integer.class, recipient);
		return count == null ? 0 : count;
	}

	/** Marks one message (of this person only) read; false when it is not theirs. */
	public boolean markRead(String recipient, long id) {
		return jdbc.update("update notification set read_at = coalesce(read_at, ?) where id = ? and recipient = ?",
				Timestamp.from(now()), id, recipient) == 1;
	}

	public int markAllRead(String recipient) {
		return jdbc.update("update notification set read_at = ? where recipient = ? and read_at is null",
				Timestamp.from(now()), recipient);
	}

	static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}

package cn.gov.cjqx.approval.notification;

/** Where the e-mail of a notification stands. */
enum MailStatus {
	/** Waiting for {@link MailOutbox} (again, after a failed attempt, at {@code mail_next_at}). */
	PENDING,
	SENT,
	/** Given up after the configured number of attempts; the in-app message stays. */
	FAILED,
	/** The person has no e-mail address in the user directory. */
	NO_ADDRESS,
	/** No mail server is configured ({@code spring.mail.host}): in-app only. */
	OFF
}

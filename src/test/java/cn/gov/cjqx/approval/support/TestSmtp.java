package cn.gov.cjqx.approval.support;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) for the integration tests, one per test JVM, started before the application context
 * (which {@link IntegrationTest} points at it through {@code test.smtp.port}). Tests may stop and start it again on the
 * same port to play a mail server outage.
 */
public final class TestSmtp implements BeforeAllCallback {

	private static GreenMail server;

	private static int port;

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
	}

	public static synchronized void start() {
		if (server != null) {
			return;
		}
		server = new GreenMail(port == 0 ? new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()
				: new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		port = server.getSmtp().getPort();
		System.setProperty("test.smtp.port", String.valueOf(port));
	}

	/** The mail server goes away: connections are refused until {@link #start()}. */
	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** The mails received (since this server started) for one address. */
	public static synchronized List<MimeMessage> mailsTo(String address) {
		if (server == null) {
			return List.of();
		}
		return Arrays.stream(server.getReceivedMessages()).filter(mail -> isTo(mail, address)).toList();
	}

	private static boolean isTo(MimeMessage mail, String address) {
		try {
			Address[] to = mail.getRecipients(RecipientType.TO);
			return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

}

package cn.gov.cjqx.approval.notification;

import java.time.Instant;

/** One notification as its recipient reads it (消息). {@code link} is a path of this application. */
public record Message(long id, NotificationKind kind, String kindLabel, String businessKey, String title, String body,
		String link, Instant createdAt, boolean read) {
}

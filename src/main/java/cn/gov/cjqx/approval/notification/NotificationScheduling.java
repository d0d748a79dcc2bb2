package cn.gov.cjqx.approval.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reminder sweep and the mail outbox run on Spring's scheduler, on every node. */
@Configuration
@EnableScheduling
class NotificationScheduling {
}

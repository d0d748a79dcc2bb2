/**
 * Notifications (消息 and e-mail): when a task arrives, is due tomorrow or overdue, when a clerk urges, when a
 * procedure ends. One table is both the in-app message list and the outbox of the mails; {@link MailOutbox} sends them
 * outside the approval's transaction.
 */
package cn.gov.cjqx.approval.notification;

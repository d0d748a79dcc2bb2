package cn.gov.cjqx.approval.notification;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 消息: the signed-in person's own notifications, nobody else's. */
@RestController
@Tag(name = "消息")
class MessageController {

	private final Notifications notifications;

	MessageController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/messages")
	@Operation(summary = "我的消息（最新 50 条）和未读条数")
	Messages list() {
		String me = CurrentUser.get().id();
		return new Messages(notifications.unread(me), notifications.of(me));
	}

	@GetMapping("/api/messages/unread")
	@Operation(summary = "未读消息条数（Tasklist 和办事入口的页眉显示）")
	Unread unread() {
		return new Unread(notifications.unread(CurrentUser.get().id()));
	}

	@PostMapping("/api/messages/{id}/read")
	@Operation(summary = "标为已读：200；不是本人的消息：404")
	Unread read(@PathVariable long id) {
		String me = CurrentUser.get().id();
		if (!notifications.markRead(me, id)) {
			throw ApiException.notFound("未找到这条消息");
		}
		return new Unread(notifications.unread(me));
	}

	@PostMapping("/api/messages/read")
	@Operation(summary = "全部标为已读")
	Unread readAll() {
		String me = CurrentUser.get().id();
		notifications.markAllRead(me);
		return new Unread(0);
	}

	record Messages(int unread, List<Message> messages) {
	}

	record Unread(int unread) {
	}

}

package cn.gov.cjqx.approval.portal;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;
import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.notification.Message;
import cn.gov.cjqx.approval.notification.Notifications;

/**
 * 消息: everyone who signs in (the unit's people, and the offices, who come here from Tasklist's header) reads their
 * notifications; opening one marks it read and goes where it points.
 */
@Controller
class PortalMessages {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Notifications notifications;

	private final PortalHeader header;

	PortalMessages(Notifications notifications, PortalHeader header) {
		this.notifications = notifications;
		this.header = header;
	}

	/** A message as the page lists it. */
	record Row(long id, String kind, String title, String body, String time, boolean read, boolean hasLink) {

		static Row of(Message message) {
			return new Row(message.id(), message.kindLabel(), message.title(), message.body(),
					TIME.format(message.createdAt().atZone(WorkingDayCalendar.ZONE)), message.read(),
					message.link() != null);
		}
	}

	@GetMapping("/portal/messages")
	String list(Model model) {
		AppUser user = CurrentUser.get();
		List<Row> rows = notifications.of(user.id()).stream().map(Row::of).toList();
		model.addAttribute("messages", rows);
		return header.page(model, user, "portal/messages");
	}

	/** Marks the message read and follows its link (a path of this application). */
	@PostMapping("/portal/messages/{id}")
	String open(@PathVariable long id) {
		AppUser user = CurrentUser.get();
		Message message = notifications.of(user.id())
			.stream()
			.filter(m -> m.id() == id)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到这条消息"));
		notifications.markRead(user.id(), id);
		String link = message.link();
		// a path of this application only ("//host" or "/\\host" would leave it)
		return "redirect:" + (link != null && link.matches("/[A-Za-z0-9].*") ? link : "/portal/messages");
	}

	@PostMapping("/portal/messages/read")
	String readAll() {
		notifications.markAllRead(CurrentUser.get().id());
		return "redirect:/portal/messages";
	}

}

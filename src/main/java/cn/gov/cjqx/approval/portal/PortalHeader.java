package cn.gov.cjqx.approval.portal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.notification.Notifications;

/** What the header of every portal page shows: who is signed in, their menus, their unread messages. */
@Component
class PortalHeader {

	private final MyProcedures mine;

	private final Notifications notifications;

	PortalHeader(MyProcedures mine, Notifications notifications) {
		this.mine = mine;
		this.notifications = notifications;
	}

	String page(Model model, AppUser user, String view) {
		model.addAttribute("userName", mine.nameOf(user.id()));
		model.addAttribute("unitMember", !user.unitCodes().isEmpty());
		model.addAttribute("applicant", user.inAnyGroup(Groups.APPLICANTS));
		model.addAttribute("unreadMessages", notifications.unread(user.id()));
		return view;
	}

}

package cn.gov.cjqx.approval.website;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.system.ApiException;

/** Who may file for a website (takedown, outage report): the applicants of its host unit. */
@Component
public class WebsiteAccess {

	private final WebsiteRepository websites;

	WebsiteAccess(WebsiteRepository websites) {
		this.websites = websites;
	}

	/** 404 for an unknown website; 403 unless the user is an applicant of its host unit. */
	@Transactional(readOnly = true)
	public void requireApplicantOf(AppUser user, long websiteId) {
		String unitCode = websites.findWithHostUnitById(websiteId)
			.orElseThrow(() -> ApiException.notFound("未找到编号为 " + websiteId + " 的政府网站"))
			.getHostUnit()
			.getCode();
		if (!user.inAnyGroup(Groups.APPLICANTS)) {
			throw ApiException.forbidden("FORBIDDEN_GROUP", "只有主办单位的经办人可以为网站提出申请或报备");
		}
		if (!user.unitCodes().contains(unitCode)) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能为本单位的网站提出申请或报备");
		}
	}

}

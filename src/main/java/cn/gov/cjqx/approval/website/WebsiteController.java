package cn.gov.cjqx.approval.website;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.CurrentUser;
import cn.gov.cjqx.approval.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/websites")
@Tag(name = "政府网站台账")
class WebsiteController {

	private final WebsiteRepository websites;

	private final List<WebsiteEvent.Source> history;

	private final WebsitePublications publications;

	WebsiteController(WebsiteRepository websites, List<WebsiteEvent.Source> history, WebsitePublications publications) {
		this.websites = websites;
		this.history = history;
		this.publications = publications;
	}

	@GetMapping
	@Operation(summary = "政府网站列表（经办人和单位领导只看到本单位的网站）")
	@Transactional(readOnly = true)
	List<WebsiteView> list() {
		AppUser user = CurrentUser.get();
		List<Website> visible = user.isApprover() || user.isAdmin() ? websites.findAllByOrderByIdAsc()
				: websites.findByHostUnitCodeInOrderByIdAsc(user.unitCodes());
		Map<Long, Instant> last = publications.lastPublishedOnWebsites(visible.stream().map(Website::getId).toList());
		return visible.stream().map(website -> WebsiteView.of(website, last.get(website.getId()))).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "一个政府网站的登记信息，以及临时下线和断网报备的记录")
	@Transactional(readOnly = true)
	WebsiteDetail get(@PathVariable long id) {
		Website website = websites.findById(id)
			.orElseThrow(() -> ApiException.notFound("未找到编号为 " + id + " 的政府网站"));
		if (!CurrentUser.get().canSeeUnit(website.getHostUnit().getCode())) {
			throw ApiException.forbidden("FORBIDDEN_UNIT", "只能查看本单位的政府网站");
		}
		List<WebsiteEvent> events = history.stream()
			.flatMap(source -> source.eventsOf(id).stream())
			.sorted(Comparator.comparing(WebsiteEvent::offlineAt, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		return new WebsiteDetail(WebsiteView.of(website, publications.lastPublishedOnWebsites(List.of(id)).get(id)), events);
	}

	record WebsiteView(Long id, String name, String domain, String siteCode, String icpFilingNo, String psbFilingNo,
			String hostUnitCode, String hostUnitName, WebsiteStatus status, String statusLabel, Instant lastPublishedAt) {

		static WebsiteView of(Website w, Instant lastPublishedAt) {
			return new WebsiteView(w.getId(), w.getName(), w.getDomain(), w.getSiteCode(), w.getIcpFilingNo(),
					w.getPsbFilingNo(), w.getHostUnit().getCode(), w.getHostUnit().getFullName(), w.getStatus(),
					w.getStatus().label(), lastPublishedAt);
		}
	}

	/** The registry entry with its takedowns and outages. */
	record WebsiteDetail(WebsiteView website, List<WebsiteEvent> history) {
	}

}

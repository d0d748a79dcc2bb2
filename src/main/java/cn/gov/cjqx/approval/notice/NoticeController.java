package cn.gov.cjqx.approval.notice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public notices: JSON for clients and an HTML page for the public, readable on a phone. No login. */
@RestController
@Tag(name = "公告（公开）")
class NoticeController {

	/** How long an ended or revoked notice stays listed as recent. */
	static final int RECENT_DAYS = 30;

	private static final String STYLE = """
			body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;background:#f5f6f8;color:#222}
			main{max-width:760px;margin:0 auto;padding:16px}
			h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:28px}
			article{background:#fff;border-radius:6px;padding:14px 16px;margin:12px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
			article h3{margin:0 0 8px;font-size:1.05rem}.meta{color:#555;font-size:.9rem}
			.tag{display:inline-block;font-size:.8rem;padding:1px 6px;border-radius:3px;margin-left:6px}
			.provisional{background:#fff3cd;color:#7a5c00}.revoked{background:#f8d7da;color:#842029}.ended{background:#e2e3e5}
			p.body{white-space:pre-wrap}
			""";

	/** The page runs no script and applies only its own style block, allowed by its hash. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + sha256Base64(STYLE)
			+ "'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

	private final PublicNoticeRepository notices;

	NoticeController(PublicNoticeRepository notices) {
		this.notices = notices;
	}

	@GetMapping("/api/notices")
	@Operation(summary = "正在公告的事项和最近结束（或撤销）的公告")
	@Transactional(readOnly = true)
	NoticesView list() {
		LocalDate today = NoticeService.today();
		List<NoticeView> all = notices.findByEndsOnGreaterThanEqualOrderByPublishedOnDescIdDesc(today.minusDays(RECENT_DAYS))
			.stream()
			.filter(n -> !n.getPublishedOn().isAfter(today))
			.map(n -> NoticeView.of(n, today))
			.toList();
		return new NoticesView(today, all.stream().filter(NoticeView::inForce).toList(),
				all.stream().filter(n -> !n.inForce()).toList());
	}

	@GetMapping(path = "/notices", produces = "text/html;charset=UTF-8")
	@Transactional(readOnly = true)
	ResponseEntity<String> page() {
		NoticesView view = list();
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html>
				<html lang="zh-CN"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>公告 - 澄江市气象局政府网站和政务新媒体</title>
				""");
		html.append("<style>").append(STYLE).append("</style></head><body><main>\n");
		html.append("<h1>澄江市气象局政府网站和政务新媒体公告</h1>\n");
		html.append("<p class=\"meta\">截至 ").append(view.today()).append("（北京时间）</p>");
		html.append("<h2>正在公告</h2>");
		section(html, view.inForce(), "目前没有正在公告的事项。");
		html.append("<h2>最近结束或撤销的公告</h2>");
		section(html, view.recent(), "最近 " + RECENT_DAYS + " 天内没有结束的公告。");
		html.append("</main></body></html>");
		return ResponseEntity.ok().header("Content-Security-Policy", CONTENT_SECURITY_POLICY).body(html.toString());
	}

	private static void section(StringBuilder html, List<NoticeView> notices, String empty) {
		if (notices.isEmpty()) {
			html.append("<p>").append(empty).append("</p>");
		}
		for (NoticeView n : notices) {
			html.append("<article><h3>").append(HtmlUtils.htmlEscape(n.subject(), "UTF-8"));
			if (n.revoked()) {
				html.append("<span class=\"tag revoked\">已撤销</span>");
			}
			else if (!n.inForce()) {
				html.append("<span class=\"tag ended\">已结束</span>");
			}
			if (n.provisional()) {
				html.append("<span class=\"tag provisional\">公告期为暂定</span>");
			}
			html.append("</h3><p class=\"meta\">发布日期：").append(n.publishedOn()).append("　公告期至：").append(n.endsOn());
			if (n.workingDays() > 0) {
				html.append("（").append(n.workingDays()).append(" 个工作日）");
			}
			html.append("</p>");
			if (n.provisional()) {
				html.append("<p class=\"meta\">公告期跨入尚未公布节假日安排的年份，暂按周一至周五计算；国务院公布安排后将重新计算，只会延长不会缩短。</p>");
			}
			html.append("<p class=\"body\">").append(HtmlUtils.htmlEscape(n.body(), "UTF-8")).append("</p></article>");
		}
	}

	private static String sha256Base64(String text) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	record NoticesView(LocalDate today, List<NoticeView> inForce, List<NoticeView> recent) {
	}

	record NoticeView(Long id, String businessKey, String subject, String body, LocalDate publishedOn, int workingDays,
			LocalDate endsOn, boolean provisional, boolean revoked, Instant revokedAt, boolean inForce) {

		static NoticeView of(PublicNotice n, LocalDate today) {
			return new NoticeView(n.getId(), n.getBusinessKey(), n.getSubject(), n.getBody(), n.getPublishedOn(),
					n.getWorkingDays(), n.getEndsOn(), n.isProvisional(), n.isRevoked(), n.getRevokedAt(),
					n.inForce(today));
		}
	}

}

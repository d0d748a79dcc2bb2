package cn.gov.cjqx.approval.procedure;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.gov.cjqx.approval.account.AccountAdministrator;
import cn.gov.cjqx.approval.account.AccountColumn;
import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;

/**
 * The Markdown that task forms show (filing summaries, approval histories): labels are ours, every value a caller
 * entered is escaped, so that a name such as {@code [点此](http://…)} or {@code **紧急**} shows as the text it is and
 * never as a link or markup.
 */
public final class MarkdownSummary {

	private static final String SPECIAL = "\\`*_{}[]()#+-.!|<>~";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(WorkingDayCalendar.ZONE);

	private static final Pattern WEB_URL = Pattern.compile("https?://\\S+");

	private final StringBuilder md = new StringBuilder();

	/** A line "**label**：value" (value escaped; "（未填写）" when null). */
	public MarkdownSummary line(String label, Object value) {
		md.append("**").append(label).append("**：").append(value == null ? "（未填写）" : escape(value.toString()))
			.append("  \n");
		return this;
	}

	/** A bold line of our own text. */
	public MarkdownSummary note(String text) {
		md.append("**").append(text).append("**  \n");
		return this;
	}

	/** A heading-like paragraph of our own text. */
	public MarkdownSummary paragraph(String text) {
		md.append('\n').append(text).append("\n\n");
		return this;
	}

	/** A list item linking to a stored material. */
	public MarkdownSummary material(String title, UUID id) {
		return link(title, materialUrl(id));
	}

	/** A list item linking to one of our own addresses (a material, the 备案登记表). */
	public MarkdownSummary link(String title, String ownPath) {
		md.append("- [").append(escape(title)).append("](").append(ownPath).append(")\n");
		return this;
	}

	/**
	 * A line "**label**：" with an entered web address as a link (its characters that Markdown would read percent
	 * encoded); an address that is not http(s) shows as text only.
	 */
	public MarkdownSummary webLink(String label, String url) {
		if (url == null || !WEB_URL.matcher(url).matches()) {
			return line(label, url);
		}
		StringBuilder href = new StringBuilder();
		url.codePoints().forEach(c -> {
			if (c < 128 && "()[]<>\\`\"".indexOf(c) >= 0) {
				href.append('%').append(String.format("%02X", c));
			}
			else {
				href.appendCodePoint(c);
			}
		});
		md.append("**").append(label).append("**：[").append(escape(url)).append("](").append(href).append(")  \n");
		return this;
	}

	/** A line "**label**：" linking to a stored material, or "（未上传）". */
	public MarkdownSummary materialLine(String label, UUID id, String linkText) {
		if (id == null) {
			return line(label, "（未上传）");
		}
		md.append("**").append(label).append("**：[").append(escape(linkText)).append("](").append(materialUrl(id))
			.append(")  \n");
		return this;
	}

	/** A table under a bold title: our own headers, entered cells (escaped); "（无）" when there are no rows. */
	public MarkdownSummary table(String title, List<String> headers, List<List<String>> rows) {
		md.append("\n**").append(title).append("**");
		if (rows.isEmpty()) {
			md.append("：（无）  \n");
			return this;
		}
		md.append("\n\n| ").append(String.join(" | ", headers)).append(" |\n|");
		headers.forEach(h -> md.append("---|"));
		md.append('\n');
		for (List<String> row : rows) {
			md.append("| ");
			row.forEach(cell -> md.append(cell == null ? "" : escape(cell)).append(" | "));
			md.setLength(md.length() - 1);
			md.append('\n');
		}
		md.append('\n');
		return this;
	}

	/** The 栏目设置 table of the registration form. */
	public MarkdownSummary columns(String title, List<AccountColumn> columns) {
		return table(title, List.of("一级菜单", "二级菜单", "三级菜单", "备注"), columns == null ? List.of()
				: columns.stream().map(c -> Arrays.asList(c.level1(), c.level2(), c.level3(), c.remark())).toList());
	}

	/** The 管理员 table of the registration form. */
	public MarkdownSummary administrators(String title, List<AccountAdministrator> administrators) {
		return table(title, List.of("姓名", "所在单位及职务", "办公电话", "手机号码", "QQ号码", "微信号"),
				administrators == null ? List.of()
						: administrators.stream()
							.map(a -> Arrays.asList(a.name(), a.unitAndPost(), a.officePhone(), a.mobile(),
									a.qq(), a.wechat()))
							.toList());
	}

	/** 是 / 否 for an answer, null when not given. */
	public static String yesNo(Boolean value) {
		return value == null ? null : value ? "是" : "否";
	}

	/** A moment as people of the bureau read it: 2026-12-03 10:00 (Asia/Shanghai). */
	public static String time(Instant at) {
		return TIME.format(at);
	}

	public static String materialUrl(UUID id) {
		return "/api/materials/" + id;
	}

	/** Appends Markdown that the caller built with {@link #escape} for every entered value. */
	public MarkdownSummary raw(String markdown) {
		md.append(markdown);
		return this;
	}

	/** Text shown literally in Markdown: each Markdown character escaped, line breaks as spaces. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		text.codePoints().forEach(c -> {
			if (c == '\n' || c == '\r') {
				escaped.append(' ');
				return;
			}
			if (c < 128 && SPECIAL.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.appendCodePoint(c);
		});
		return escaped.toString();
	}

	@Override
	public String toString() {
		return md.toString();
	}

}

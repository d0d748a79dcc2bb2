package cn.gov.cjqx.approval.procedure;

import java.util.UUID;

/**
 * The Markdown that task forms show (filing summaries, approval histories): labels are ours, every value a caller
 * entered is escaped, so that a name such as {@code [点此](http://…)} or {@code **紧急**} shows as the text it is and
 * never as a link or markup.
 */
public final class MarkdownSummary {

	private static final String SPECIAL = "\\`*_{}[]()#+-.!|<>~";

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
		md.append("- [").append(escape(title)).append("](/api/materials/").append(id).append(")\n");
		return this;
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

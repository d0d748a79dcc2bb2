package cn.gov.cjqx.approval.material;

import cn.gov.cjqx.approval.system.PlainText;

/** Makes an uploaded file name safe to store and to send back in Content-Disposition. */
final class FileNames {

	static final int MAX_LENGTH = 200;

	private FileNames() {
	}

	static String sanitize(String original) {
		String name = original == null ? "" : original;
		// browsers on Windows may send the full path
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && !PlainText.Validator.isBidiControl(c) && "<>:\"|?*".indexOf(c) < 0)
			.forEach(clean::appendCodePoint);
		name = clean.toString().strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.length() > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
		}
		return name.isEmpty() ? "材料" : name;
	}

}

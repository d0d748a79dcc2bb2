package cn.gov.cjqx.approval.material;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a filing may carry, recognised by extension and confirmed by the file's first bytes, so that a
 * renamed executable or HTML page is refused.
 */
enum MaterialType {

	PDF("application/pdf", true, List.of("pdf"), "%PDF-".getBytes()),
	OFD("application/ofd", false, List.of("ofd"), zip()),
	DOC("application/msword", false, List.of("doc"),
			new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 }),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, List.of("docx"), zip()),
	JPEG("image/jpeg", true, List.of("jpg", "jpeg"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	PNG("image/png", true, List.of("png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

	private final String mediaType;

	/** Shown in the browser (PDF, images) rather than downloaded. */
	private final boolean inline;

	private final List<String> extensions;

	private final byte[] signature;

	MaterialType(String mediaType, boolean inline, List<String> extensions, byte[] signature) {
		this.mediaType = mediaType;
		this.inline = inline;
		this.extensions = extensions;
		this.signature = signature;
	}

	private static byte[] zip() {
		return new byte[] { 'P', 'K', 0x03, 0x04 };
	}

	String mediaType() {
		return mediaType;
	}

	boolean inline() {
		return inline;
	}

	static Optional<MaterialType> byFileName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
	}

	static Optional<MaterialType> byMediaType(String mediaType) {
		return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
	}

	boolean matches(byte[] content) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (content[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

	static String allowedExtensions() {
		return "pdf、ofd、doc、docx、jpg、png";
	}

}

package cn.gov.cjqx.approval.material;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaterialTypeTests {

	@Test
	void shouldRecogniseTheAllowedExtensionsCaseInsensitively() {
		assertThat(MaterialType.byFileName("a.PDF")).contains(MaterialType.PDF);
		assertThat(MaterialType.byFileName("a.jpeg")).contains(MaterialType.JPEG);
		assertThat(MaterialType.byFileName("a.JPG")).contains(MaterialType.JPEG);
		assertThat(MaterialType.byFileName("a.ofd")).contains(MaterialType.OFD);
		assertThat(MaterialType.byFileName("a.docx")).contains(MaterialType.DOCX);
	}

	@Test
	void shouldRefuseOtherExtensionsAndNamesWithoutOne() {
		assertThat(MaterialType.byFileName("a.html")).isEmpty();
		assertThat(MaterialType.byFileName("a.pdf.exe")).isEmpty();
		assertThat(MaterialType.byFileName("pdf")).isEmpty();
	}

	@Test
	void shouldCheckTheFirstBytes() {
		assertThat(MaterialType.PDF.matches("%PDF-1.4".getBytes())).isTrue();
		assertThat(MaterialType.PDF.matches("%PD".getBytes())).isFalse();
		assertThat(MaterialType.DOCX.matches(new byte[] { 'P', 'K', 3, 4, 0 })).isTrue();
		assertThat(MaterialType.PNG.matches(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })).isFalse();
	}

}

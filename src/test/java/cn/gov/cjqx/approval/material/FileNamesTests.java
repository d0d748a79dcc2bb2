package cn.gov.cjqx.approval.material;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

	@Test
	void shouldDropDirectoriesOfBothKinds() {
		assertThat(FileNames.sanitize("C:\\Users\\王\\会议纪要.pdf")).isEqualTo("会议纪要.pdf");
		assertThat(FileNames.sanitize("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
	}

	@Test
	void shouldDropMarkupQuotesAndControlCharacters() {
		assertThat(FileNames.sanitize("<img src=x>\"a\"\r\n.png")).isEqualTo("img src=xa.png");
	}

	@Test
	void shouldNotLeaveAHiddenOrEmptyName() {
		assertThat(FileNames.sanitize("...pdf")).isEqualTo("pdf");
		assertThat(FileNames.sanitize(null)).isEqualTo("材料");
		assertThat(FileNames.sanitize("<>")).isEqualTo("材料");
	}

	@Test
	void shouldShortenLongNamesButKeepTheExtension() {
		String name = FileNames.sanitize("长".repeat(300) + ".docx");
		assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith(".docx");
	}

}

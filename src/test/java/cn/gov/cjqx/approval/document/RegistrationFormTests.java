package cn.gov.cjqx.approval.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.Fixtures;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/** The 备案登记表 as a Word document, reopened with Apache POI and read cell by cell. */
@IntegrationTest
class RegistrationFormTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OpeningScenario scenario;

	TestHttp http;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
	}

	@Test
	void shouldFillTheFormOfARegisteredAccountInTheAttachmentsOrder() throws Exception {
		Response response = http.get("applicant",
				"/api/new-media/accounts/" + fixtures.bureauAccountId() + "/registration-form.docx");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).isEqualTo(RegistrationFormDocument.MEDIA_TYPE);
		assertThat(response.header("Content-Disposition")).startsWith("attachment;").contains(".docx");

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
			assertThat(document.getParagraphs()).extracting(p -> p.getText()).contains("澄江市气象局新媒体备案登记表");
			List<XWPFTable> tables = document.getTables();
			assertThat(tables).hasSize(3);
			XWPFTable main = tables.get(0);
			assertThat(cell(main, 0, 0)).isEqualTo("账号ID及名称");
			assertThat(cell(main, 0, 1)).isEqualTo("gh_cjqx2019 澄江气象");
			assertThat(cell(main, 0, 3)).isEqualTo("2019年3月12日");
			assertThat(cell(main, 1, 1)).isEqualTo("微信订阅号");
			assertThat(cell(main, 1, 3)).startsWith("☑是");
			assertThat(cell(main, 2, 3)).contains("☑否");
			assertThat(cell(main, 3, 1)).isEqualTo("澄江市气象局");
			assertThat(cell(main, 3, 3)).isEqualTo("李明 副局长");
			assertThat(cell(main, 5, 1)).isEqualTo("澄江市气象台");
			assertThat(cell(main, 7, 1)).contains("☑微信（服务号/订阅号/小程序）").contains("□微博");
			assertThat(cell(main, 9, 1)).isEqualTo("https://mp.weixin.qq.com/s/cjqx");

			XWPFTable columns = tables.get(1);
			assertThat(cell(columns, 0, 0)).isEqualTo("一级菜单");
			assertThat(cell(columns, 1, 0)).isEqualTo("信息发布");
			assertThat(cell(columns, 1, 1)).isEqualTo("天气预报");
			assertThat(columns.getNumberOfRows()).isEqualTo(5);

			XWPFTable administrators = tables.get(2);
			assertThat(cell(administrators, 0, 3)).isEqualTo("手机号码");
			assertThat(cell(administrators, 1, 0)).isEqualTo("张华");
			assertThat(cell(administrators, 1, 3)).isEqualTo("13800001111");
		}
	}

	@Test
	void shouldFillTheFormOfAnOpeningInProgressAndGuardIt() throws Exception {
		TestUnit unit = scenario.newUnit();
		Response started = http.postJson(unit.applicant(), "/api/new-media/openings", scenario.validFiling(unit).toString());
		String path = "/api/procedures/" + started.json().path("businessKey").asText() + "/registration-form.docx";

		Response response = http.get("office", path);
		assertThat(response.status()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
			XWPFTable main = document.getTables().get(0);
			assertThat(cell(main, 0, 1)).isEqualTo(unit.shortName() + "发布");
			assertThat(cell(main, 3, 1)).isEqualTo(unit.fullName());
			assertThat(cell(document.getTables().get(2), 1, 0)).isEqualTo("李华");
		}
		assertThat(http.get("applicant2", path).status()).isEqualTo(403);
		assertThat(http.get(null, path).status()).isEqualTo(401);
	}

	@Test
	void shouldPreviewTheFormOfAFilingNotYetSubmittedStoringNothing() throws Exception {
		TestUnit unit = scenario.newUnit();
		String draft = scenario.validFiling(unit).put("accountName", unit.shortName() + "预览").toString();
		long before = fixtures.procedureCount();
		Response response = http.postJson(unit.applicant(), "/api/new-media/openings/registration-form.docx", draft);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
			assertThat(cell(document.getTables().get(0), 0, 1)).isEqualTo(unit.shortName() + "预览");
			assertThat(cell(document.getTables().get(0), 3, 1)).isEqualTo(unit.fullName());
		}
		assertThat(fixtures.procedureCount()).isEqualTo(before);
		assertThat(http.postJson("applicant2", "/api/new-media/openings/registration-form.docx", draft).status())
			.isEqualTo(403);
		Response incomplete = http.postJson(unit.applicant(), "/api/new-media/openings/registration-form.docx",
				scenario.validFiling(unit).put("accountName", "").toString());
		assertThat(incomplete.status()).isEqualTo(400);
		assertThat(incomplete.text()).contains("accountName");
	}

	private static String cell(XWPFTable table, int row, int column) {
		return table.getRow(row).getCell(column).getText();
	}

}

package cn.gov.cjqx.approval.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.TasklistSession;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/** GET /api/labels: the labels Cockpit's customScript writes into its variables tables, for any signed-in user. */
@IntegrationTest
class LabelApiTests {

	@LocalServerPort
	int port;

	TestHttp http;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
	}

	@Test
	void shouldLabelValuesAndVariables() {
		Response labels = http.get("admin", "/api/labels");
		assertThat(labels.status()).as(labels.toString()).isEqualTo(200);
		JsonNode values = labels.json().path("values");
		assertThat(values.path("SHUT_DOWN").asText()).isEqualTo("关停");
		assertThat(values.path("WORK_NEEDS").asText()).isEqualTo("因工作原因调整");
		assertThat(values.path("reject").asText()).isEqualTo("不同意");
		// the platforms of application.yml
		assertThat(values.path("WECHAT_SUBSCRIPTION").asText()).isEqualTo("微信订阅号");
		assertThat(values.path("DOUYIN").asText()).isEqualTo("抖音");
		JsonNode variables = labels.json().path("variables");
		assertThat(variables.path("reason").asText()).isEqualTo("原因");
		assertThat(variables.path("businessKey").asText()).isEqualTo("业务编号");
	}

	@Test
	void shouldAnswerTheSessionOfTheCamundaWebapps() throws Exception {
		TasklistSession session = TasklistSession.logIn(port, "applicant");
		HttpResponse<String> labels = session.send(session.request("/api/labels"));
		assertThat(labels.statusCode()).as(labels.body()).isEqualTo(200);
		assertThat(new ObjectMapper().readTree(labels.body()).path("values").path("ACTIVE").asText())
			.isEqualTo("正常运行");
	}

	@Test
	void shouldRefuseAnonymousCallers() {
		assertThat(http.get(null, "/api/labels").status()).isEqualTo(401);
	}

}

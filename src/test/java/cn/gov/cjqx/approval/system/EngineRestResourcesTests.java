package cn.gov.cjqx.approval.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.TestHttp;

/** /engine-rest shares one ObjectMapper, configured as Camunda configures its own. */
@IntegrationTest
class EngineRestResourcesTests {

	@LocalServerPort
	int port;

	@Autowired
	CamundaJerseyResourceConfig jersey;

	@Autowired
	TaskService tasks;

	@Test
	void shouldRegisterTheSharedMapperInsteadOfCamundasMapperPerRequest() {
		assertThat(jersey).isInstanceOf(EngineRestResources.class);
		assertThat(jersey.getClasses()).doesNotContain(JacksonConfigurator.class);
		assertThat(jersey.getInstances()).hasAtLeastOneElementOfType(EngineRestResources.SharedObjectMapper.class);
	}

	@Test
	void shouldHandOutOneMapperConfiguredAsCamundaDoes() throws Exception {
		var resolver = new EngineRestResources.SharedObjectMapper();
		ObjectMapper mapper = resolver.getContext(Object.class);
		assertThat(resolver.getContext(String.class)).isSameAs(mapper);
		ObjectMapper camundas = new JacksonConfigurator().getContext(Object.class);
		Date date = new Date(1_764_662_400_123L);
		assertThat(mapper.writeValueAsString(date)).isEqualTo(camundas.writeValueAsString(date));
		assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
	}

	@Test
	void shouldAnswerInCamundasDateFormatAndReadRequestBodies() {
		Task task = tasks.newTask();
		task.setName("共享 ObjectMapper 检查");
		task.setAssignee("office");
		tasks.saveTask(task);
		try {
			TestHttp http = new TestHttp(port);
			var response = http.get("office", "/engine-rest/task/" + task.getId());
			assertThat(response.status()).as(response.toString()).isEqualTo(200);
			assertThat(response.json().path("created").asText())
				.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}");
			var query = http.postJson("office", "/engine-rest/task", "{\"assignee\":\"office\",\"unknownField\":1}");
			assertThat(query.status()).as(query.toString()).isEqualTo(200);
			assertThat(query.json().findValuesAsText("id")).contains(task.getId());
		}
		finally {
			tasks.deleteTask(task.getId(), true);
		}
	}

}

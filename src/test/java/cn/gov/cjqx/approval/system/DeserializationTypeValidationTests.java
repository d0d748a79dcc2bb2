package cn.gov.cjqx.approval.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.TestHttp;
import cn.gov.cjqx.approval.support.TestHttp.Response;

/**
 * A client of /engine-rest may store a JSON object variable naming any Java class; the engine turns it into an
 * object of that class only if the type is allowed (deserialization-type-validation-enabled).
 */
@IntegrationTest
class DeserializationTypeValidationTests {

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Test
	void shouldNotTurnAClientsJsonIntoAnObjectOfAClassThatIsNotAllowed() {
		Task task = tasks.newTask();
		task.setName("反序列化类型检查");
		task.setAssignee("admin");
		tasks.saveTask(task);
		try {
			TestHttp http = new TestHttp(port);
			Response stored = http.send("admin", "PUT", "/engine-rest/task/" + task.getId() + "/variables/probe",
					"application/json", """
							{"type":"Object","value":"{\\"code\\":\\"A\\",\\"field\\":null,\\"message\\":\\"m\\"}",
							 "valueInfo":{"objectTypeName":"cn.gov.cjqx.approval.system.Violation",
							              "serializationDataFormat":"application/json"}}"""
						.getBytes(java.nio.charset.StandardCharsets.UTF_8),
					java.util.Map.of());
			assertThat(stored.status()).as(stored.toString()).isEqualTo(204);

			assertThatThrownBy(() -> tasks.getVariable(task.getId(), "probe"))
				.isInstanceOf(ProcessEngineException.class)
				.rootCause()
				.hasMessageContaining("not whitelisted for deserialization");
			Response serialized = http.get("admin",
					"/engine-rest/task/" + task.getId() + "/variables/probe?deserializeValue=false");
			assertThat(serialized.status()).isEqualTo(200);
			assertThat(serialized.json().path("value").asText()).contains("\"code\":\"A\"");
		}
		finally {
			tasks.deleteTask(task.getId(), true);
		}
	}

}

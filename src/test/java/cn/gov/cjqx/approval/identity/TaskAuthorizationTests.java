package cn.gov.cjqx.approval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.ListenerTestProcess;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;
import cn.gov.cjqx.approval.support.TestHttp;

/**
 * Who may read and who may work on a task, through /engine-rest with authorization on: the offices read every task
 * (READ_TASK on all process definitions) but work only on the tasks of their own group; a unit's task stays the unit's.
 */
@IntegrationTest
class TaskAuthorizationTests {

	static final String APPROVE = "{\"variables\":{\"decision\":{\"value\":\"approve\"},\"opinion\":{\"value\":\"同意\"}}}";

	@LocalServerPort
	int port;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AuthorizationService authorizations;

	TestHttp http;

	@BeforeEach
	void setUp() {
		http = new TestHttp(port);
	}

	@Test
	void shouldLetTheOfficesReadAUnitsTaskButNotTakeOrDecideIt() {
		TestUnit unit = scenario.newUnit();
		TestUnit other = scenario.newUnit();
		String businessKey = http.postJson(unit.applicant(), "/api/new-media/openings", scenario.validFiling(unit).toString())
			.json()
			.path("businessKey")
			.asText();
		JsonNode tasks = http.get(unit.leader(), "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json();
		assertThat(tasks).hasSize(1);
		String unitTask = tasks.get(0).path("id").asText();

		for (String office : new String[] { "office", "city" }) {
			assertThat(http.get(office, "/engine-rest/task/" + unitTask).status()).as(office + " reads").isEqualTo(200);
			assertThat(http.postJson(office, "/engine-rest/task/" + unitTask + "/claim", "{\"userId\":\"" + office + "\"}")
				.status()).as(office + " claims").isEqualTo(403);
			assertThat(http.postJson(office, "/engine-rest/task/" + unitTask + "/complete", APPROVE).status())
				.as(office + " completes")
				.isEqualTo(403);
			assertThat(http.postJson(office, "/engine-rest/task/" + unitTask + "/variables",
					"{\"modifications\":{\"mainLeaderConsent\":{\"value\":true}}}").status())
				.as(office + " sets variables")
				.isEqualTo(403);
			assertThat(taskIdsOf(office, "本组待办")).doesNotContain(unitTask);
		}
		assertThat(http.get(other.leader(), "/engine-rest/task/" + unitTask).status()).isIn(403, 404);
		assertThat(http.postJson(other.leader(), "/engine-rest/task/" + unitTask + "/claim",
				"{\"userId\":\"" + other.leader() + "\"}").status()).isIn(403, 404);
		assertThat(http.postJson(unit.leader(), "/engine-rest/task/" + unitTask + "/claim",
				"{\"userId\":\"" + unit.leader() + "\"}").status()).as("the unit's leader takes it").isEqualTo(204);
	}

	@Test
	void shouldLetTheOfficeWorkOnItsGroupTaskThroughAGrantWithoutRead() {
		ListenerTestProcess.deploy(engine.getRepositoryService());
		String instance = engine.getRuntimeService()
			.startProcessInstanceByKey(ListenerTestProcess.KEY, "TEST-AUTH-" + System.nanoTime())
			.getId();
		String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();

		Authorization grant = authorizations.createAuthorizationQuery()
			.groupIdIn(Groups.BUREAU_OFFICE)
			.resourceType(Resources.TASK)
			.resourceId(taskId)
			.singleResult();
		assertThat(grant.isPermissionGranted(Permissions.UPDATE)).isTrue();
		assertThat(grant.isPermissionGranted(Permissions.READ))
			.as("READ comes from READ_TASK on all process definitions, not from one row per task")
			.isFalse();

		assertThat(taskIdsOf("office", "本组待办")).contains(taskId);
		assertThat(taskIdsOf("city", "本组待办")).doesNotContain(taskId);
		assertThat(http.postJson("city", "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"city\"}").status())
			.isEqualTo(403);
		assertThat(http.postJson("office", "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"office\"}").status())
			.isEqualTo(204);
		assertThat(taskIdsOf("office", "我的待办")).contains(taskId);
		assertThat(http.postJson("office", "/engine-rest/task/" + taskId + "/complete", APPROVE).status()).isEqualTo(204);
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
	}

	@Test
	void shouldDropTheOfficesReadFromTaskGrantsWrittenBeforeAtStartUp() {
		String taskId = "legacy-task-" + System.nanoTime();
		Authorization legacy = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		legacy.setGroupId(Groups.BUREAU_OFFICE);
		legacy.setResource(Resources.TASK);
		legacy.setResourceId(taskId);
		legacy.addPermission(Permissions.READ);
		legacy.addPermission(Permissions.UPDATE);
		authorizations.saveAuthorization(legacy);
		Authorization unitGrant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		unitGrant.setGroupId("unit-leaders-legacy");
		unitGrant.setResource(Resources.TASK);
		unitGrant.setResourceId(taskId);
		unitGrant.addPermission(Permissions.READ);
		authorizations.saveAuthorization(unitGrant);

		assertThat(ScalableAuthorizations.dropTaskReadOfApprovers(authorizations)).isEqualTo(1);

		Authorization office = grantOf(Groups.BUREAU_OFFICE, taskId);
		assertThat(office.isPermissionGranted(Permissions.READ)).isFalse();
		assertThat(office.isPermissionGranted(Permissions.UPDATE)).isTrue();
		assertThat(grantOf("unit-leaders-legacy", taskId).isPermissionGranted(Permissions.READ))
			.as("a unit's grants keep READ")
			.isTrue();
		assertThat(ScalableAuthorizations.dropTaskReadOfApprovers(authorizations)).isZero();
		authorizations.deleteAuthorization(office.getId());
		authorizations.deleteAuthorization(grantOf("unit-leaders-legacy", taskId).getId());
	}

	private Authorization grantOf(String group, String taskId) {
		return authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(Resources.TASK)
			.resourceId(taskId)
			.singleResult();
	}

	private List<String> taskIdsOf(String user, String filterName) {
		List<String> ids = new ArrayList<>();
		http.filterTasks(user, filterName).forEach(task -> ids.add(task.path("id").asText()));
		return ids;
	}

}

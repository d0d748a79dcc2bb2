package cn.gov.cjqx.approval.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.cjqx.approval.support.IntegrationTest;

/** processes/ and forms/ are deployed with stable names, and a task's formRef resolves to the deployed form. */
@IntegrationTest
class DeploymentTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ProcessResourcesDeployer deployer;

	@Test
	void shouldDeployProcessesAndFormsWithStableResourceNames() {
		Deployment deployment = latestDeployment();
		assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()))
			.contains("processes/smoke-approval.bpmn", "forms/approval-decision.form")
			.allMatch(name -> name.matches("(processes/[a-z-]+\\.bpmn|forms/[a-z-]+\\.form)"));
	}

	@Test
	void shouldServeTheReferencedFormForATask() throws Exception {
		ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("smoke-approval", "DEPLOY-FORM");
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
		try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
			String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(json).contains("\"id\": \"approval-decision\"").contains("审批结论");
		}
	}

	@Test
	void shouldNotDeployAgainWhenNothingChanged() {
		long deployments = engine.getRepositoryService().createDeploymentQuery().count();
		deployer.postProcessEngineBuild(engine);
		assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	void shouldCarryVersionTagAndHistoryTimeToLiveOnEveryProcess() {
		for (ProcessDefinition definition : engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.latestVersion()
			.list()) {
			assertThat(definition.getVersionTag()).as(definition.getKey()).isNotBlank();
			assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isPositive();
		}
	}

	private Deployment latestDeployment() {
		return engine.getRepositoryService()
			.createDeploymentQuery()
			.deploymentName(ProcessResourcesDeployer.DEPLOYMENT_NAME)
			.orderByDeploymentTime()
			.desc()
			.listPage(0, 1)
			.get(0);
	}

}

package cn.gov.cjqx.approval.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
			.contains("processes/new-media-opening.bpmn", "forms/new-media-opening-start.form",
					"forms/new-media-opening-review.form")
			.allMatch(name -> name.matches("(processes/[a-z-]+\\.bpmn|forms/[a-z-]+\\.form)"));
	}

	@Test
	void shouldServeTheReferencedStartForm() throws Exception {
		ProcessDefinition opening = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey("new-media-opening")
			.latestVersion()
			.singleResult();
		try (InputStream form = engine.getFormService().getDeployedStartForm(opening.getId())) {
			String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(json).contains("\"id\": \"new-media-opening-start\"").contains("账号名称");
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

	@Test
	void shouldNotDeployTheBenchmarkProcessOutsideTheBenchProfile() {
		assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("bench-trivial").count())
			.isZero();
		assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("bench").count()).isZero();
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

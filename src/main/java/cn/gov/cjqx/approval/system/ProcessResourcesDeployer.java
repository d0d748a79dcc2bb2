package cn.gov.cjqx.approval.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every {@code processes/*.bpmn} and {@code forms/*.form} as one deployment with stable resource names
 * ({@code processes/x.bpmn}, {@code forms/x.form}), the same from target/classes, an IDE and the packaged jar, so
 * that {@code camunda:formRef} finds the forms. Unchanged resources are not deployed again.
 */
@Component
class ProcessResourcesDeployer extends AbstractProcessEnginePlugin {

	static final String DEPLOYMENT_NAME = "gov-media-approval";

	private static final Logger log = LoggerFactory.getLogger(ProcessResourcesDeployer.class);

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		DeploymentBuilder deployment = engine.getRepositoryService()
			.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source("processes/ and forms/")
			.enableDuplicateFiltering(false);
		int count = 0;
		try {
			for (String pattern : new String[] { "processes/*.bpmn", "forms/*.form" }) {
				String folder = pattern.substring(0, pattern.indexOf('/'));
				Resource[] resources = resolver.getResources("classpath*:" + pattern);
				Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
				for (Resource resource : resources) {
					try (InputStream in = resource.getInputStream()) {
						deployment.addInputStream(folder + "/" + resource.getFilename(),
								new ByteArrayInputStream(in.readAllBytes()));
					}
					count++;
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read processes/ and forms/ from the class path", e);
		}
		if (count > 0) {
			var deployed = deployment.deployWithResult();
			log.info("Deployment '{}' ({} resources): {} process definitions deployed or unchanged", DEPLOYMENT_NAME, count,
					deployed.getDeployedProcessDefinitions() == null ? 0 : deployed.getDeployedProcessDefinitions().size());
		}
	}

}

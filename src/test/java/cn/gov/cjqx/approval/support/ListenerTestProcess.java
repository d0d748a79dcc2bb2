package cn.gov.cjqx.approval.support;

import org.camunda.bpm.engine.RepositoryService;

/**
 * A test-only process with one approval task for bureau-office and the shared approval-task listener, to test that
 * plumbing apart from any procedure. Deployed by the tests that use it, never by the application.
 */
public final class ListenerTestProcess {

	public static final String KEY = "approval-listener-test";

	public static final String TASK = "Task_Approve";

	private ListenerTestProcess() {
	}

	public static void deploy(RepositoryService repository) {
		repository.createDeployment()
			.name(KEY)
			.addClasspathResource("bpmn/" + KEY + ".bpmn")
			.enableDuplicateFiltering(false)
			.deploy();
	}

}

package cn.gov.cjqx.approval.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Two pieces of engine plumbing the kit's and its neighbours' engine plugins share. */
public final class EngineCalls {

	private EngineCalls() {
	}

	/**
	 * Runs engine calls without the current user's authorizations — the server's own reads of the directory and of a
	 * task's holders — in the running command when there is one, else in a command of their own.
	 */
	public static <T> T withoutAuthorization(ProcessEngine engine, Callable<T> calls) {
		CommandContext command = Context.getCommandContext();
		if (command != null) {
			return command.runWithoutAuthorization(calls);
		}
		return ((ProcessEngineImpl) engine).getProcessEngineConfiguration()
			.getCommandExecutorTxRequired()
			.execute(context -> context.runWithoutAuthorization(calls));
	}

	/** Adds a task listener for {@code event} to every user task of every model the engine parses from now on. */
	public static void onEveryUserTask(ProcessEngineConfigurationImpl configuration, String event, TaskListener listener) {
		parseListeners(configuration).add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(event, listener);
			}
		});
	}

	/** The engine's post-BPMN-parse listeners, to add one. */
	public static List<BpmnParseListener> parseListeners(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		return configuration.getCustomPostBPMNParseListeners();
	}

}

package cn.gov.cjqx.approval.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.AuthorizationCheckCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CreateIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.GetActivityInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.SuspendProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** Which engine commands only the operator may send, and what counts as plain text in a variable. */
class EngineEntryGuardTests {

	@Test
	void shouldLeaveEveryWayIntoAProcessButItsStartAndItsTasksToTheOperator() {
		List<Class<?>> operatorOnly = List.of(StartProcessInstanceAtActivitiesCmd.class, ModifyProcessInstanceCmd.class,
				RestartProcessInstancesCmd.class, MigrateProcessInstanceCmd.class, SetJobDuedateCmd.class,
				RecalculateJobDuedateCmd.class, ExecuteJobsCmd.class, SetJobRetriesCmd.class,
				SetExecutionVariablesCmd.class, PatchExecutionVariablesCmd.class, RemoveExecutionVariablesCmd.class,
				CorrelateMessageCmd.class, MessageEventReceivedCmd.class, SignalEventReceivedCmd.class,
				DeleteProcessInstanceCmd.class, SuspendProcessInstanceCmd.class,
				UpdateProcessInstancesSuspendStateCmd.class, DeployCmd.class, CreateIncidentCmd.class,
				HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class);
		assertThat(operatorOnly).allSatisfy(command -> assertThat(EngineEntryGuard.operatorOnly(command))
			.as(command.getSimpleName())
			.isTrue());
		List<Class<?>> everyone = List.of(StartProcessInstanceCmd.class, SubmitStartFormCmd.class,
				CompleteTaskCmd.class, SubmitTaskFormCmd.class, ClaimTaskCmd.class, AssignTaskCmd.class,
				SetTaskVariablesCmd.class, PatchTaskVariablesCmd.class, AddCommentCmd.class,
				GetTaskFormVariablesCmd.class, GetExecutionVariablesCmd.class, GetActivityInstanceCmd.class,
				AuthorizationCheckCmd.class, SaveFilterCmd.class);
		assertThat(everyone).allSatisfy(command -> assertThat(EngineEntryGuard.operatorOnly(command))
			.as(command.getSimpleName())
			.isFalse());
	}

	@Test
	void shouldFindMarkupAndDirectionControlsInEveryKindOfValue() {
		assertThat(EngineEntryGuard.plain("澄江气象 发布\n第二行")).isTrue();
		assertThat(EngineEntryGuard.plain(12L)).isTrue();
		assertThat(EngineEntryGuard.plain(null)).isTrue();
		assertThat(EngineEntryGuard.plain("<b>")).isFalse();
		assertThat(EngineEntryGuard.plain("报告\u202Efdp.exe")).isFalse();
		assertThat(EngineEntryGuard.plain("隔离\u2068文字")).isFalse();
		assertThat(EngineEntryGuard.plain(Variables.stringValue("a\u0007b"))).isFalse();
		assertThat(EngineEntryGuard.plain(Map.of("name", List.of("ok", "<script>")))).isFalse();
		assertThat(EngineEntryGuard.plain(Variables.serializedObjectValue("[{\"name\":\"\\u003cscript\\u003e\"}]")
			.serializationDataFormat("application/json")
			.create())).as("escaped markup inside JSON").isFalse();
		assertThat(EngineEntryGuard.plain(Variables.serializedObjectValue("[{\"name\":\"李华\"}]")
			.serializationDataFormat("application/json")
			.create())).isTrue();
	}

}

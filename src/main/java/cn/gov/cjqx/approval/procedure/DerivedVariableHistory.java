package cn.gov.cjqx.approval.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * History level full writes every change of every variable to ACT_HI_DETAIL. The variables named here only copy what
 * our own tables keep, for Tasklist to show: the forms' Markdown texts (the filing and the earlier opinions, made anew
 * for each task) and the list columns business key and unit name (set once at the start). Their last value stays in
 * ACT_HI_VARINST; their changes are not written to ACT_HI_DETAIL (per opening four rows fewer at the start and two
 * fewer for each later task). Every other variable, decisions and opinions included, keeps its full history.
 */
@Component
class DerivedVariableHistory extends AbstractProcessEnginePlugin {

	static final Set<String> DERIVED = Set.of("filingSummary", "approvalHistory", "businessKey", "unitName");

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// the engine's own database handler is replaced by ours; other custom handlers stay
		configuration.setEnableDefaultDbHistoryEventHandler(false);
		List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomHistoryEventHandlers());
		handlers.add(0, new DbHistoryEventHandler() {
			@Override
			protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
				return super.shouldWriteHistoricDetail(event) && !DERIVED.contains(event.getVariableName());
			}
		});
		configuration.setCustomHistoryEventHandlers(handlers);
	}

}

package cn.gov.cjqx.approval.database;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Marks the engine commands that fail on a {@link DatabaseFault} with a {@link DatabaseFaultException}, outside the
 * transaction (a connection that cannot be had fails when the transaction begins). Whoever answers the request —
 * our /api, Camunda's REST API, the webapps' login — then says 503 instead of 500.
 */
@Component
class DatabaseFaultInterceptor extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
			configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
		}
		configuration.getCustomPreCommandInterceptorsTxRequired().add(new Interceptor());
		if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
			configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
		}
		configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(new Interceptor());
	}

	static class Interceptor extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return next.execute(command);
			}
			catch (DatabaseFaultException marked) {
				throw marked;
			}
			catch (RuntimeException e) {
				DatabaseFault fault = DatabaseFault.of(e).orElse(null);
				if (fault == null) {
					throw e;
				}
				throw new DatabaseFaultException(fault, e);
			}
		}

	}

}

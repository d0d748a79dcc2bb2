package cn.gov.cjqx.approval.database;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An engine command that failed because of a {@link DatabaseFault}. Its message starts with the fault's code in
 * brackets, like our rules' refusals, so that the REST API's error filter answers 503 instead of Camunda's 500.
 */
public class DatabaseFaultException extends ProcessEngineException {

	private static final long serialVersionUID = 1L;

	private final DatabaseFault fault;

	DatabaseFaultException(DatabaseFault fault, Throwable cause) {
		super("[" + fault.code() + "] " + fault.message(), cause);
		this.fault = fault;
	}

	public DatabaseFault fault() {
		return fault;
	}

}

package cn.gov.cjqx.approval.cockpit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.account.PlatformCatalog;
import cn.gov.cjqx.approval.change.ChangeProcess;
import cn.gov.cjqx.approval.closure.ClosureKind;
import cn.gov.cjqx.approval.content.ContentKind;
import cn.gov.cjqx.approval.content.ContentProcess;
import cn.gov.cjqx.approval.content.ContentStatus;
import cn.gov.cjqx.approval.closure.ClosureProcess;
import cn.gov.cjqx.approval.closure.ClosureReason;
import cn.gov.cjqx.approval.notification.NotificationKind;
import cn.gov.cjqx.approval.opening.OpeningProcess;
import cn.gov.cjqx.approval.outage.OutageCause;
import cn.gov.cjqx.approval.outage.OutageProcess;
import cn.gov.cjqx.approval.procedure.ApprovalVariables;
import cn.gov.cjqx.approval.procedure.CorrectionChoice;
import cn.gov.cjqx.approval.procedure.Decision;
import cn.gov.cjqx.approval.procedure.DecisionBasis;
import cn.gov.cjqx.approval.procedure.Outcome;
import cn.gov.cjqx.approval.procedure.ProcedureEvent;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureVariables;
import cn.gov.cjqx.approval.procedure.ProcessVariable;
import cn.gov.cjqx.approval.takedown.TakedownProcess;
import cn.gov.cjqx.approval.unit.UnitKind;
import cn.gov.cjqx.approval.website.RestoredConfirmationListener;
import cn.gov.cjqx.approval.website.WebsiteStatus;

/**
 * The Chinese labels of what the engine holds, for Cockpit's variables tables (its customScript
 * scripts/variable-labels.js): every constant of our enums and every platform code with its label, and every declared
 * process variable's name with its label. Read from the enums' {@code label()} and the {@link ProcessVariable}
 * declarations, so that Cockpit has no copy of its own to keep in step.
 *
 * @param values a label by the value a variable holds ({@code SHUT_DOWN}, {@code approve}, {@code DOUYIN})
 * @param variables a label by variable name ({@code accountId})
 */
record EngineLabels(Map<String, String> values, Map<String, String> variables) {

	/**
	 * The classes that declare process variables as static fields: the procedure kit's shared ones and each
	 * procedure's contract. A new procedure's contract belongs here (EngineLabelsTests finds one that is missing).
	 */
	static final List<Class<?>> DECLARATIONS = List.of(ProcedureVariables.class, ApprovalVariables.class,
			OpeningProcess.class, ChangeProcess.class, ClosureProcess.class, TakedownProcess.class, OutageProcess.class,
			RestoredConfirmationListener.class, ContentProcess.class);

	static EngineLabels of(PlatformCatalog platforms) {
		return new EngineLabels(Collections.unmodifiableMap(valueLabels(platforms)),
				Collections.unmodifiableMap(variableLabels()));
	}

	/**
	 * A constant that two enums share keeps the label of the first one listed: first the values that process variables
	 * hold (decisions, correction choices, the closure's kind and reason, decision bases, outage causes, platforms),
	 * then the states of the registry and of procedures, which no variable holds. So {@code SHUT_DOWN} reads 关停 (the
	 * closure's {@code kind}), not the account status 已关停.
	 */
	private static Map<String, String> valueLabels(PlatformCatalog platforms) {
		Map<String, String> values = new LinkedHashMap<>();
		// the variables hold the decision's and the choice's value (approve, resubmit), not the constant's name
		for (Decision decision : Decision.values()) {
			values.putIfAbsent(decision.value(), decision.label());
		}
		for (CorrectionChoice choice : CorrectionChoice.values()) {
			values.putIfAbsent(choice.value(), choice.label());
		}
		add(values, ClosureKind.values(), ClosureKind::label);
		add(values, ClosureReason.values(), ClosureReason::label);
		add(values, DecisionBasis.values(), DecisionBasis::label);
		add(values, OutageCause.values(), OutageCause::label);
		add(values, ContentKind.values(), ContentKind::label);
		platforms.platforms().forEach(platform -> values.putIfAbsent(platform.code(), platform.label()));
		add(values, AccountStatus.values(), AccountStatus::label);
		add(values, WebsiteStatus.values(), WebsiteStatus::label);
		add(values, Outcome.values(), Outcome::label);
		add(values, ProcedureKind.values(), ProcedureKind::label);
		add(values, UnitKind.values(), UnitKind::label);
		add(values, NotificationKind.values(), NotificationKind::label);
		add(values, ProcedureEvent.Kind.values(), ProcedureEvent.Kind::label);
		add(values, ContentStatus.values(), ContentStatus::label);
		return values;
	}

	private static <E extends Enum<E>> void add(Map<String, String> values, E[] constants, Function<E, String> label) {
		for (E constant : constants) {
			values.putIfAbsent(constant.name(), label.apply(constant));
		}
	}

	/** A name declared twice (websiteId, correctionAction) keeps the label of the first class listed. */
	private static Map<String, String> variableLabels() {
		Map<String, String> variables = new LinkedHashMap<>();
		for (Class<?> declaring : DECLARATIONS) {
			for (Field field : declaring.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
					ProcessVariable<?> variable = read(field);
					variables.putIfAbsent(variable.name(), variable.label());
				}
			}
		}
		return variables;
	}

	private static ProcessVariable<?> read(Field field) {
		try {
			return (ProcessVariable<?>) field.get(null);
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException("cannot read " + field, e);
		}
	}

}

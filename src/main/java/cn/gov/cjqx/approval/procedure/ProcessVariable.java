package cn.gov.cjqx.approval.procedure;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

import cn.gov.cjqx.approval.calendar.WorkingDayCalendar;

/**
 * A process variable with its name and type, declared once in a procedure's contract class ({@code XxxProcess}) and
 * read and written only through it, in the manner of camunda-bpm-data:
 * {@code WEBSITE_ID.from(execution).get()}, {@code NOTICE_CONTINUES_AT.on(execution).set(date)}. A value of the wrong
 * type (a caller's form or REST variable) is refused with {@code INVALID_VALUE}, never a ClassCastException.
 *
 * @param <T> the Java type of the value
 */
public final class ProcessVariable<T> {

	private final String name;

	private final String label;

	private final Function<Object, T> convert;

	private ProcessVariable(String name, String label, Function<Object, T> convert) {
		this.name = name;
		this.label = label;
		this.convert = convert;
	}

	/** Text, as entered (a number or flag a form sent is taken as its text). */
	public static ProcessVariable<String> text(String name, String label) {
		return new ProcessVariable<>(name, label, Object::toString);
	}

	/** The id of one of our records: a number, or a text of digits (a form's text field). */
	public static ProcessVariable<Long> id(String name, String label) {
		return new ProcessVariable<>(name, label, value -> {
			if (value instanceof Number number) {
				return number.longValue();
			}
			return Long.parseLong(value.toString().strip());
		});
	}

	public static ProcessVariable<Boolean> flag(String name, String label) {
		return new ProcessVariable<>(name, label, value -> {
			if (value instanceof Boolean flag) {
				return flag;
			}
			throw new IllegalArgumentException("not a flag");
		});
	}

	/** A point in time (a timer's due date). */
	public static ProcessVariable<Date> time(String name, String label) {
		return new ProcessVariable<>(name, label, value -> (Date) value);
	}

	/** A calendar day: a form's date, an ISO text "yyyy-MM-dd…", or a date (its day in Asia/Shanghai). */
	public static ProcessVariable<LocalDate> day(String name, String label) {
		return new ProcessVariable<>(name, label, value -> value instanceof Date date
				? date.toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate()
				: LocalDate.parse(value.toString().strip().substring(0, 10)));
	}

	public String name() {
		return name;
	}

	public String label() {
		return label;
	}

	/** Reads the variable in a scope (an execution or a task, which also sees its process's variables). */
	public Reader from(VariableScope scope) {
		return new Reader(scope);
	}

	/** Writes the variable in a scope. */
	public Writer on(VariableScope scope) {
		return new Writer(scope);
	}

	/** Adds the variable to the variables of a start. */
	public VariableMap putIn(VariableMap variables, T value) {
		return variables.putValue(name, value);
	}

	@Override
	public String toString() {
		return name;
	}

	/** The value of the variable in one scope. */
	public final class Reader {

		private final VariableScope scope;

		private Reader(VariableScope scope) {
			this.scope = scope;
		}

		/** The value, or null when the variable is missing or blank. */
		public T get() {
			return optional().orElse(null);
		}

		public Optional<T> optional() {
			Object value = scope.getVariable(name);
			if (value == null || value instanceof String text && text.isBlank()) {
				return Optional.empty();
			}
			try {
				return Optional.of(convert.apply(value));
			}
			catch (RuntimeException e) {
				throw Refusals.refused("INVALID_VALUE", label + "的格式不正确");
			}
		}

		/** The value, or a refusal {@code [code] 请填写<label>} when it is missing. */
		public T required(String code) {
			return optional().orElseThrow(() -> Refusals.refused(code, "请填写" + label));
		}

	}

	/** Changes the variable in one scope. */
	public final class Writer {

		private final VariableScope scope;

		private Writer(VariableScope scope) {
			this.scope = scope;
		}

		public void set(T value) {
			scope.setVariable(name, value);
		}

		public void remove() {
			scope.removeVariable(name);
		}

	}

}

package cn.gov.cjqx.approval.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A name or short text shown to people: no markup characters (&lt; &gt;), no control characters and no
 * bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069), which can make a text or a file name read
 * differently from what it is. Names end up in notices, Tasklist forms and Word documents; refusing markup at the door is
 * simpler than escaping it everywhere. The same check applies to every text sent through the engine
 * (procedure.EngineEntryGuard).
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

	String message() default "不能包含 < > 等标记字符、控制字符或文字方向控制字符";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlainText, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return isPlain(value);
		}

		/** True for null and for a text without markup, control or bidirectional formatting characters. */
		public static boolean isPlain(String value) {
			return value == null || value.codePoints().noneMatch(Validator::forbidden);
		}

		static boolean forbidden(int c) {
			return c == '<' || c == '>' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
					|| isBidiControl(c);
		}

		/** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
		public static boolean isBidiControl(int c) {
			return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
		}

	}

}

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
 * A name or short text shown to people: no markup characters (&lt; &gt;) and no control characters. Names end up in
 * notices, Tasklist forms and Word documents; refusing markup at the door is simpler than escaping it everywhere.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

	String message() default "不能包含 < > 等标记字符或控制字符";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlainText, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.codePoints()
				.noneMatch(c -> c == '<' || c == '>' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'));
		}

	}

}

package org.allianceledger.api.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person wrote (a name, a vendor, an invoice reference, a reason): no control characters and no broken
 * unicode. A NUL in a stored event could never be written to a PostgreSQL text column, so a projection would stop
 * on it; other control characters corrupt CSV and plain-text exports and logs. A multi-line field (a reason)
 * also takes line breaks and tabs.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "must not contain control characters (such as NUL) or unpaired surrogates";

    /** Line feeds, carriage returns and tabs are allowed. */
    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

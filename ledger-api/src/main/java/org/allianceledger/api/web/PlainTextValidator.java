package org.allianceledger.api.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}: every character printable, surrogates only in pairs. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isForbiddenControl(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean isForbiddenControl(char c) {
        if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        return c < 0x20 || c == 0x7F;
    }
}

package org.allianceledger.api.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextValidatorTest {

    private final PlainTextValidator singleLine = validator(false);
    private final PlainTextValidator multiLine = validator(true);

    @Test
    void printableTextInAnyScriptIsPlainText() {
        assertThat(singleLine.isValid("Hall Rentals B.V. – Köln, 東京 😀", null)).isTrue();
        assertThat(singleLine.isValid(null, null)).as("absence is for @NotBlank to judge").isTrue();
    }

    @Test
    void nulAndOtherControlCharactersAreRefused() {
        for (char control : new char[]{'\u0000', '\u0001', '\u001B', '\u001F', '\u007F', '\n', '\r', '\t'}) {
            assertThat(singleLine.isValid("a" + control + "b", null)).as("U+%04X", (int) control).isFalse();
        }
    }

    @Test
    void aMultiLineFieldTakesLineBreaksAndTabsButNoOtherControls() {
        assertThat(multiLine.isValid("invoice credited\r\n\tsee e-mail", null)).isTrue();
        assertThat(multiLine.isValid("credited\u0000", null)).isFalse();
        assertThat(multiLine.isValid("credited\u0007", null)).isFalse();
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertThat(singleLine.isValid("\uD800", null)).isFalse();
        assertThat(singleLine.isValid("x\uDFFFy", null)).isFalse();
        assertThat(singleLine.isValid("\uDE00\uD83D", null)).as("a pair in the wrong order").isFalse();
        assertThat(singleLine.isValid("\uD83D\uDE00", null)).isTrue();
    }

    private static PlainTextValidator validator(boolean multiline) {
        PlainTextValidator validator = new PlainTextValidator();
        validator.initialize(new PlainText() {
            @Override
            public String message() {
                return "";
            }

            @Override
            public boolean multiline() {
                return multiline;
            }

            @Override
            public Class<?>[] groups() {
                return new Class<?>[0];
            }

            @SuppressWarnings("unchecked")
            @Override
            public Class<? extends jakarta.validation.Payload>[] payload() {
                return new Class[0];
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return PlainText.class;
            }
        });
        return validator;
    }
}

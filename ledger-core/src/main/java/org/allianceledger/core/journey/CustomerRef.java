package org.allianceledger.core.journey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The partners' pseudonymous reference for one customer, such as {@code cust-8f3a}. The narrow alphabet
 * keeps personal data out of the ledger: an e-mail address or a name with a space is refused.
 */
public record CustomerRef(String value) {

    private static final Pattern PSEUDONYM = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public CustomerRef {
        Objects.requireNonNull(value, "customer reference");
        if (!PSEUDONYM.matcher(value).matches()) {
            // the refused value is not echoed: it may be exactly the personal data we keep out of logs
            throw new IllegalArgumentException("a customer reference must be 1 to 64 letters, digits, dots,"
                    + " underscores, colons or dashes: a pseudonymous id, never personal data such as an e-mail address");
        }
    }

    @JsonCreator
    public static CustomerRef of(String value) {
        return new CustomerRef(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

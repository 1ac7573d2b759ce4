package org.allianceledger.api.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Money as a request carries it: the amount as written (valid or not) and the currency code. */
record Cash(String amount, String currency) {

    static final String EUR = "EUR";

    static Cash euros(BigDecimal amount) {
        return new Cash(amount.toPlainString(), EUR);
    }

    static Cash euroCents(long cents) {
        return euros(BigDecimal.valueOf(cents, 2));
    }

    /** The amount, when it is a positive number of euros with at most two decimals: what the ledger accepts. */
    Optional<BigDecimal> positiveEuros() {
        BigDecimal value = new BigDecimal(amount);
        if (!EUR.equals(currency) || value.scale() > 2 || value.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(value.setScale(2));
    }

    Map<String, Object> json() {
        return Map.of("amount", amount, "currency", currency);
    }
}

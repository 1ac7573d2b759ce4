package org.allianceledger.core.money;

import org.allianceledger.core.rule.Rule;
import org.allianceledger.core.rule.RuleViolation;

import java.util.Currency;

/** Amounts in two currencies were combined; the ledger never converts silently. */
public class CurrencyMismatch extends RuleViolation {

    public CurrencyMismatch(Currency expected, Currency actual) {
        super(Rule.CURRENCY_MISMATCH, "the amount is in " + actual.getCurrencyCode() + " but "
                + expected.getCurrencyCode() + " is expected here; the ledger does not convert currencies");
    }
}

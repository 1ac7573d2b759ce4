package org.allianceledger.core.rule;

/**
 * A command broke a business rule. Nothing was recorded. The message says, in words a finance user
 * understands, what was violated.
 */
public class RuleViolation extends RuntimeException {

    private final Rule rule;

    public RuleViolation(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}

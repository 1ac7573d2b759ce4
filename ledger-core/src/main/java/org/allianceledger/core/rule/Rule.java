package org.allianceledger.core.rule;

/**
 * Every business rule the ledger enforces. The slug is the last segment of the problem type a client
 * receives when the rule is broken, so it is part of the API contract: never rename one.
 */
public enum Rule {
    UNKNOWN_PARTNER("unknown-partner"),
    ALLIANCE_NEEDS_TWO_PARTNERS("alliance-needs-two-partners"),
    PARTNERS_MUST_BE_DISTINCT("partners-must-be-distinct"),
    PROPOSER_MUST_BE_PARTNER("proposer-must-be-partner"),
    NOT_A_PARTNER_OF_ALLIANCE("not-a-partner-of-alliance"),
    COST_SHARES_MUST_NAME_EVERY_PARTNER("cost-shares-must-name-every-partner"),
    COST_SHARES_MUST_SUM_TO_10000("cost-shares-must-sum-to-10000"),
    ALLIANCE_NOT_AWAITING_ACCEPTANCE("alliance-not-awaiting-acceptance"),
    ALREADY_ACCEPTED("already-accepted"),
    PROPOSER_CANNOT_DECLINE("proposer-cannot-decline"),
    ALLIANCE_NOT_ACTIVE("alliance-not-active"),
    ALLIANCE_NOT_SUSPENDED("alliance-not-suspended"),
    AMENDMENT_ID_TAKEN("amendment-id-taken"),
    NO_SUCH_PENDING_AMENDMENT("no-such-pending-amendment"),
    AMENDMENT_EFFECTIVE_BEFORE_CURRENT_TERMS("amendment-effective-before-current-terms"),
    NO_TERMS_IN_FORCE("no-terms-in-force"),
    CURRENCY_MISMATCH("currency-mismatch");

    private final String slug;

    Rule(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}

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
    CURRENCY_MISMATCH("currency-mismatch"),
    AMOUNT_MUST_BE_POSITIVE("amount-must-be-positive"),
    CAMPAIGN_ID_TAKEN("campaign-id-taken"),
    CAMPAIGN_DATES_REVERSED("campaign-dates-reversed"),
    NO_SUCH_CAMPAIGN("no-such-campaign"),
    CAMPAIGN_CLOSED("campaign-closed"),
    SPEND_OUTSIDE_CAMPAIGN("spend-outside-campaign"),
    BUDGET_EXCEEDED("budget-exceeded"),
    DUPLICATE_INVOICE("duplicate-invoice"),
    SPEND_ID_TAKEN("spend-id-taken"),
    NO_SUCH_SPEND("no-such-spend"),
    ONLY_PAYER_MAY_REVERSE("only-payer-may-reverse"),
    SPEND_ALREADY_REVERSED("spend-already-reversed"),
    PAYMENT_ID_TAKEN("payment-id-taken"),
    PAYMENT_TO_SELF("payment-to-self"),
    PAYEE_NOT_A_PARTNER("payee-not-a-partner"),
    ALLIANCE_NOT_STARTED("alliance-not-started"),
    CURRENCY_NOT_SETTLEABLE("currency-not-settleable"),
    REFERRAL_TO_SELF("referral-to-self"),
    REFERRAL_ID_TAKEN("referral-id-taken"),
    CONVERSION_ID_TAKEN("conversion-id-taken"),
    NO_SUCH_CONVERSION("no-such-conversion"),
    ONLY_RECEIVER_MAY_REFUND("only-receiver-may-refund"),
    CONVERSION_ALREADY_REVERSED("conversion-already-reversed");

    private final String slug;

    Rule(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}

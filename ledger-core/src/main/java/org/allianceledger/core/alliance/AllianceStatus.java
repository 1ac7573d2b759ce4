package org.allianceledger.core.alliance;

import org.allianceledger.core.rule.Rule;
import org.allianceledger.core.rule.RuleViolation;

/**
 * PROPOSED until every partner accepted; DECLINED when one partner declined the proposal. The rules on
 * status live here once, so the alliance and a journey's view of it refuse a command alike.
 */
public enum AllianceStatus {
    PROPOSED, ACTIVE, DECLINED, SUSPENDED, DISSOLVED;

    void assertAwaitingAcceptance() {
        if (this != PROPOSED) {
            throw new RuleViolation(Rule.ALLIANCE_NOT_AWAITING_ACCEPTANCE,
                    "the alliance is " + this + ", not awaiting acceptance");
        }
    }

    /** New facts only while the alliance is active: not while proposed, suspended or dissolved. */
    void assertActive() {
        assertActive("");
    }

    /** As {@link #assertActive()}; {@code consequence} ends the refusal, saying what needs an active alliance. */
    public void assertActive(String consequence) {
        if (this != ACTIVE) {
            throw new RuleViolation(Rule.ALLIANCE_NOT_ACTIVE, "the alliance is " + this + ", not active" + consequence);
        }
    }

    void assertSuspended() {
        if (this != SUSPENDED) {
            throw new RuleViolation(Rule.ALLIANCE_NOT_SUSPENDED, "the alliance is " + this + ", not suspended");
        }
    }

    /** Suspension pauses an alliance without ending it, so a suspended alliance can still be dissolved. */
    void assertDissolvable() {
        if (this != ACTIVE && this != SUSPENDED) {
            throw new RuleViolation(Rule.ALLIANCE_NOT_ACTIVE,
                    "only an active or suspended alliance can be dissolved; this one is " + this);
        }
    }

    /** Corrections and settlement need an alliance that was agreed: not one still proposed or declined. */
    public void assertStarted() {
        if (this == PROPOSED || this == DECLINED) {
            throw new RuleViolation(Rule.ALLIANCE_NOT_STARTED, "the alliance is " + this + "; nothing was agreed yet");
        }
    }
}

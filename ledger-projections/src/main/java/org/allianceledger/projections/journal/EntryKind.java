package org.allianceledger.projections.journal;

/** The financial events that post to the journal. */
public enum EntryKind {
    SPEND, SPEND_REVERSAL, COMMISSION, COMMISSION_REVERSAL, SETTLEMENT_PAYMENT
}

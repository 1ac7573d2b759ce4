package org.allianceledger.core.alliance;

/** PROPOSED until every partner accepted; DECLINED when one partner declined the proposal. */
public enum AllianceStatus {
    PROPOSED, ACTIVE, DECLINED, SUSPENDED, DISSOLVED
}

package org.allianceledger.core.alliance;

public enum AllianceKind {
    CHANNEL, MARKETING, PRODUCT, JOINT_VENTURE, EQUITY, NON_EQUITY
}

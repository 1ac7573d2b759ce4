package org.allianceledger.api.security;

/** PARTNER acts for one partner; AUDITOR reads everything and writes nothing; ADMIN manages partners and keys. */
public enum Role {
    PARTNER, AUDITOR, ADMIN
}

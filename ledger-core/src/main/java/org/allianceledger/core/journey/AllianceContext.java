package org.allianceledger.core.journey;

import org.allianceledger.core.alliance.AllianceMembership;
import org.allianceledger.core.alliance.AllianceStatus;
import org.allianceledger.core.alliance.TermsHistory;
import org.allianceledger.core.alliance.TermsVersion;
import org.allianceledger.core.partner.PartnerId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What a journey needs to know about its alliance, read by the API from the consistent alliance directory
 * when it sends the command. Passing it on the command keeps the journey free of lookups, and so pure.
 * {@code allianceVersion} is the alliance's event sequence it was read at: the ledger decides the command
 * only if the alliance is still at that version in the command's own transaction, so no referral or
 * conversion is decided on a status or terms that another transaction has meanwhile replaced.
 */
public record AllianceContext(long allianceVersion, AllianceStatus status, List<PartnerId> partners, Currency currency, TermsHistory terms) {

    public AllianceContext {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(terms, "terms");
        partners = List.copyOf(partners);
    }

    /** New referrals and conversions only while the alliance is active: not while suspended or dissolved. */
    void assertActive() {
        status.assertActive("; referrals and conversions can only be recorded in an active alliance");
    }

    /** A refund corrects an agreed fact, so it stays possible once suspended or dissolved, as settlement does. */
    void assertStarted() {
        status.assertStarted();
    }

    void assertPartner(PartnerId partner) {
        AllianceMembership.assertPartnerOf(partners, partner);
    }

    /**
     * The terms version that prices a fact at this instant. Terms take effect on UTC dates, so the same
     * instant is priced by the same version whatever the partner's time zone.
     */
    TermsVersion assertTermsInForceAt(Instant at) {
        return terms.assertTermsInForceOn(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }
}

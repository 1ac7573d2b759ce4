package org.allianceledger.core.journey;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Map;

/**
 * A conversion with its attribution under the terms version in force on its (UTC) date: each referrer's weight
 * and share of the revenue and of the commission, the receiver owing the commission. The split is stored, not
 * recomputed, so later amendments or referrals never re-price it. Unattributed: empty maps and zero commission.
 *
 * @param weights          one per credited referral, referrers in first-recorded order (the tie-break order)
 * @param revenueShares    each referrer's share of the revenue; adds up to the revenue when attributed
 * @param commissionShares each referrer's share of the commission; adds up to the commission
 */
@Revision("1")
public record ConversionRecorded(JourneyId journeyId,
                                 AllianceId allianceId,
                                 CustomerRef customerRef,
                                 ConversionId conversionId,
                                 PartnerId receiver,
                                 Money revenue,
                                 Instant occurredAt,
                                 int termsVersion,
                                 Map<PartnerId, Integer> weights,
                                 Map<PartnerId, Money> revenueShares,
                                 Map<PartnerId, Money> commissionShares,
                                 Money commission) implements JourneyEvent {
}

package org.allianceledger.core.attribution;

import org.allianceledger.core.alliance.Attribution;
import org.allianceledger.core.alliance.AttributionModel;
import org.allianceledger.core.partner.PartnerId;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which recorded referrals earn a conversion's commission, by the attribution terms in force.
 * A referral qualifies when another partner referred the customer to the receiving partner within
 * [conversion - lookbackDays, conversion], both ends included.
 */
public final class ReferralAttribution {

    private ReferralAttribution() {
    }

    public static AttributionOutcome attribute(PartnerId receivingPartner, Instant conversionAt, int lookbackDays,
                                               AttributionModel model, List<Touch> touches) {
        return attribute(receivingPartner, conversionAt, new Attribution(model, lookbackDays), touches);
    }

    /**
     * @param touches the customer's referrals in recording order; that order breaks ties between referrals
     *                made at the same instant (the one recorded first wins)
     */
    public static AttributionOutcome attribute(PartnerId receivingPartner, Instant conversionAt, Attribution terms,
                                               List<Touch> touches) {
        Objects.requireNonNull(receivingPartner, "receivingPartner");
        Objects.requireNonNull(conversionAt, "conversionAt");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(touches, "touches");
        List<Touch> qualifying = qualifying(receivingPartner, conversionAt, terms.lookbackDays(), touches);
        if (qualifying.isEmpty()) {
            return AttributionOutcome.unattributed();
        }
        List<Touch> credited = switch (terms.model()) {
            case FIRST_TOUCH -> List.of(earliest(qualifying));
            case LAST_TOUCH -> List.of(latest(qualifying));
            case LINEAR -> qualifying;
        };
        return new AttributionOutcome(qualifying, credited, weightPerReferrer(credited));
    }

    private static List<Touch> qualifying(PartnerId receivingPartner, Instant conversionAt, int lookbackDays,
                                          List<Touch> touches) {
        // a lookback day is 24 hours on the timeline, so the window does not depend on any time zone
        Instant windowStart = conversionAt.minus(Duration.ofDays(lookbackDays));
        return touches.stream()
                .filter(touch -> touch.toPartner().equals(receivingPartner))
                .filter(touch -> !touch.referrer().equals(receivingPartner))
                .filter(touch -> !touch.occurredAt().isBefore(windowStart) && !touch.occurredAt().isAfter(conversionAt))
                .toList();
    }

    /** Strictly earlier only, so among referrals at the same instant the first recorded stays. */
    private static Touch earliest(List<Touch> qualifying) {
        Touch earliest = qualifying.getFirst();
        for (Touch touch : qualifying) {
            if (touch.occurredAt().isBefore(earliest.occurredAt())) {
                earliest = touch;
            }
        }
        return earliest;
    }

    /** Strictly later only, so among referrals at the same instant the first recorded stays. */
    private static Touch latest(List<Touch> qualifying) {
        Touch latest = qualifying.getFirst();
        for (Touch touch : qualifying) {
            if (touch.occurredAt().isAfter(latest.occurredAt())) {
                latest = touch;
            }
        }
        return latest;
    }

    /** One weight per credited referral, so a partner that referred twice counts twice. */
    private static Map<PartnerId, Integer> weightPerReferrer(List<Touch> credited) {
        Map<PartnerId, Integer> weights = new LinkedHashMap<>();
        credited.forEach(touch -> weights.merge(touch.referrer(), 1, Integer::sum));
        return weights;
    }
}

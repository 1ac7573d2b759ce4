package org.allianceledger.core.alliance;

import org.allianceledger.core.money.BasisPoints;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.rule.Rule;
import org.allianceledger.core.rule.RuleViolation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the partners agreed: from which date, how they share cost, what commission a referral earns and
 * how it is attributed.
 */
public record Terms(LocalDate effectiveFrom,
                    Map<PartnerId, BasisPoints> costShareBps,
                    BasisPoints referralCommissionBps,
                    Attribution attribution) {

    public Terms {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(costShareBps, "costShareBps");
        Objects.requireNonNull(referralCommissionBps, "referralCommissionBps");
        Objects.requireNonNull(attribution, "attribution");
        costShareBps = Collections.unmodifiableMap(new LinkedHashMap<>(costShareBps));
    }

    /** The cost shares name exactly the alliance's partners and add up to the whole. */
    void assertValidFor(List<PartnerId> partners) {
        assertSharesNameEveryPartner(partners);
        assertSharesSumToWhole();
    }

    private void assertSharesNameEveryPartner(List<PartnerId> partners) {
        if (!costShareBps.keySet().equals(new HashSet<>(partners))) {
            throw new RuleViolation(Rule.COST_SHARES_MUST_NAME_EVERY_PARTNER,
                    "cost shares must name exactly the partners " + partners + ", got " + costShareBps.keySet());
        }
    }

    private void assertSharesSumToWhole() {
        int total = costShareBps.values().stream().mapToInt(BasisPoints::value).sum();
        if (total != BasisPoints.WHOLE) {
            throw new RuleViolation(Rule.COST_SHARES_MUST_SUM_TO_10000,
                    "cost shares must add up to 10000 basis points (100%), they add up to " + total);
        }
    }
}

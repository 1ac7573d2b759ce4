package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.rule.Rule;
import org.allianceledger.core.rule.RuleViolation;

import java.util.List;

/** The one rule on who may act on an alliance, shared by the alliance and a journey's view of it. */
public final class AllianceMembership {

    private AllianceMembership() {
    }

    /** Only the alliance's own partners act on it or its journeys. */
    public static void assertPartnerOf(List<PartnerId> partners, PartnerId partner) {
        if (!partners.contains(partner)) {
            throw new RuleViolation(Rule.NOT_A_PARTNER_OF_ALLIANCE,
                    "partner " + partner + " is not a partner of this alliance");
        }
    }
}

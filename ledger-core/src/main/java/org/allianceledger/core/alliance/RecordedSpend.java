package org.allianceledger.core.alliance;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a campaign keeps of a recorded spend: what its reversal must mirror, who may reverse it, and the
 * invoice it frees. Not the whole event, so a snapshot does not grow by every spend's description.
 *
 * @param invoice the campaign's key for the spend's invoice, as {@link Campaign} compares invoices
 */
record RecordedSpend(PartnerId payer, Money amount, LocalDate incurredOn, int termsVersion,
                     Map<PartnerId, Money> shares, String invoice) {

    RecordedSpend {
        // the reversal lists the shares in the order the spend did
        shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    }
}

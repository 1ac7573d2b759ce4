package org.allianceledger.core.alliance;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Map;

/**
 * A spend was reversed: the exact negative of its amount and split, effective on the original's date, so an
 * as-of query still shows what was believed before the reversal was known.
 */
@Revision("1")
public record SpendReversed(AllianceId allianceId,
                            CampaignId campaignId,
                            SpendId spendId,
                            PartnerId payer,
                            Money amount,
                            LocalDate incurredOn,
                            int termsVersion,
                            Map<PartnerId, Money> shares,
                            String reason) implements AllianceEvent {
}

package org.allianceledger.core.alliance;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Map;

/**
 * A spend and its split: each partner's share under the terms version in force on incurredOn. The split is
 * stored, not recomputed, so later amendments never re-price it.
 */
@Revision("1")
public record SpendRecorded(AllianceId allianceId,
                            CampaignId campaignId,
                            SpendId spendId,
                            PartnerId payer,
                            Money amount,
                            String category,
                            String vendor,
                            String invoiceRef,
                            LocalDate incurredOn,
                            String evidenceSha256,
                            int termsVersion,
                            Map<PartnerId, Money> shares) implements AllianceEvent {
}

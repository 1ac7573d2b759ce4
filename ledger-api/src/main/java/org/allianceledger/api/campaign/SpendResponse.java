package org.allianceledger.api.campaign;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.CampaignId;
import org.allianceledger.core.alliance.SpendId;
import org.allianceledger.core.alliance.SpendRecorded;
import org.allianceledger.core.alliance.SpendReversed;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

import java.time.LocalDate;
import java.util.List;

/** A spend or its reversal as booked: the amount and each partner's share under the terms version used. */
public record SpendResponse(AllianceId allianceId,
                            CampaignId campaignId,
                            SpendId spendId,
                            PartnerId payer,
                            Money amount,
                            LocalDate incurredOn,
                            int termsVersion,
                            List<ShareLine> shares,
                            boolean reversal) {

    static SpendResponse of(SpendRecorded spend) {
        return new SpendResponse(spend.allianceId(), spend.campaignId(), spend.spendId(), spend.payer(), spend.amount(),
                spend.incurredOn(), spend.termsVersion(), ShareLine.of(spend.shares()), false);
    }

    static SpendResponse of(SpendReversed reversal) {
        return new SpendResponse(reversal.allianceId(), reversal.campaignId(), reversal.spendId(), reversal.payer(),
                reversal.amount(), reversal.incurredOn(), reversal.termsVersion(), ShareLine.of(reversal.shares()), true);
    }
}

package org.allianceledger.core.alliance;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The calling partner paid for something in a campaign; the cost is shared by the terms in force on incurredOn. */
public record RecordSpend(@TargetAggregateIdentifier AllianceId allianceId,
                          CampaignId campaignId,
                          SpendId spendId,
                          PartnerId payer,
                          Money amount,
                          String category,
                          String vendor,
                          String invoiceRef,
                          LocalDate incurredOn,
                          String evidenceSha256) implements AllianceCommand {
}

package org.allianceledger.core.alliance;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record SettlementPaymentRecorded(AllianceId allianceId,
                                        PaymentId paymentId,
                                        PartnerId payer,
                                        PartnerId payee,
                                        Money amount,
                                        LocalDate paidOn,
                                        String reference) implements AllianceEvent {
}

package org.allianceledger.core.alliance;

import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The calling partner paid another partner to settle balances. */
public record RecordSettlementPayment(@TargetAggregateIdentifier AllianceId allianceId,
                                      PaymentId paymentId,
                                      PartnerId payer,
                                      PartnerId payee,
                                      Money amount,
                                      LocalDate paidOn,
                                      String reference) implements AllianceCommand {
}

package org.allianceledger.api.settlement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.allianceledger.api.web.PlainText;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;

import java.time.LocalDate;
import java.util.UUID;

/** The payer is the calling partner. */
public record RecordPaymentRequest(UUID paymentId,
                                   @NotNull PartnerId toPartner,
                                   @NotNull Money amount,
                                   @NotNull LocalDate paidOn,
                                   @NotBlank @Size(max = 100) @PlainText String reference) {
}

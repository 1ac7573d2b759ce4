package org.allianceledger.api.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.allianceledger.api.web.PlainText;
import org.allianceledger.core.money.Money;

import java.time.LocalDate;
import java.util.UUID;

/** The payer is the calling partner. evidenceSha256 optionally fingerprints the invoice document. */
public record RecordSpendRequest(UUID spendId,
                                 @NotNull Money amount,
                                 @NotBlank @Size(max = 60) @PlainText String category,
                                 @NotBlank @Size(max = 200) @PlainText String vendor,
                                 @NotBlank @Size(max = 100) @PlainText String invoiceRef,
                                 @NotNull LocalDate incurredOn,
                                 @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits")
                                 String evidenceSha256) {
}

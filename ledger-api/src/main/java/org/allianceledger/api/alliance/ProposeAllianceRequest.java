package org.allianceledger.api.alliance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.allianceledger.api.web.PlainText;
import org.allianceledger.core.alliance.AllianceKind;
import org.allianceledger.core.partner.PartnerId;

import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** allianceId is optional: a client may choose it (a UUID) so that a retry cannot create a second alliance. */
public record ProposeAllianceRequest(UUID allianceId,
                                     @NotBlank @Size(max = 200) @PlainText String name,
                                     @NotNull AllianceKind kind,
                                     @NotNull Currency currency,
                                     @NotNull @Size(min = 2, max = 50) List<@NotNull PartnerId> partners,
                                     @NotNull @Valid TermsRequest terms) {
}

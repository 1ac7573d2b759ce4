package org.allianceledger.api.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.allianceledger.api.web.PlainText;
import org.allianceledger.core.partner.PartnerId;

public record RegisterPartnerRequest(@NotNull PartnerId partnerId, @NotBlank @Size(max = 200) @PlainText String name) {
}

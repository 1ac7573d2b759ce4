package org.allianceledger.api.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.allianceledger.api.web.PlainText;

import java.time.LocalDate;
import java.util.UUID;

/** campaignId is optional: a client may choose it (a UUID) so that a retry cannot launch twice. */
public record LaunchCampaignRequest(UUID campaignId,
                                    @NotBlank @Size(max = 200) @PlainText String name,
                                    @NotNull LocalDate startsOn,
                                    @NotNull LocalDate endsOn) {
}

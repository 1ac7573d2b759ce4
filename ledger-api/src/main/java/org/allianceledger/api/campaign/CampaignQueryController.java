package org.allianceledger.api.campaign;

import io.swagger.v3.oas.annotations.Operation;
import org.allianceledger.api.alliance.AllianceAccess;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.projections.campaign.Campaigns;
import org.allianceledger.writemodel.directory.AllianceView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** An alliance's campaigns and, per partner, commitment, spend so far and remaining budget. */
@RestController
class CampaignQueryController {

    private final AllianceAccess access;
    private final Campaigns campaigns;

    CampaignQueryController(AllianceAccess access, Campaigns campaigns) {
        this.access = access;
        this.campaigns = campaigns;
    }

    @Operation(summary = "Campaigns and budgets",
            description = "Each campaign with every partner's commitment, spend so far and remaining budget.")
    @GetMapping("/api/v1/alliances/{allianceId}/campaigns")
    CampaignList campaigns(@PathVariable UUID allianceId, @AuthenticationPrincipal Caller caller) {
        AllianceView alliance = access.visibleTo(new AllianceId(allianceId), caller);
        return new CampaignList(alliance.allianceId(), campaigns.of(alliance.allianceId(), alliance.currency()));
    }

    record CampaignList(AllianceId allianceId, List<Campaigns.Campaign> campaigns) {
    }
}

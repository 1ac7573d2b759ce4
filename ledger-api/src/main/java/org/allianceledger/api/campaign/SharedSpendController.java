package org.allianceledger.api.campaign;

import io.swagger.v3.oas.annotations.Operation;
import org.allianceledger.api.alliance.AllianceAccess;
import org.allianceledger.api.security.Caller;
import org.allianceledger.api.web.GroupByParameter;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.writemodel.directory.AllianceView;
import org.allianceledger.projections.spend.SharedSpend;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Shared spend net of reversals, grouped by campaign, partner, category or month. */
@RestController
class SharedSpendController {

    private final AllianceAccess access;
    private final SharedSpend sharedSpend;

    SharedSpendController(AllianceAccess access, SharedSpend sharedSpend) {
        this.access = access;
        this.sharedSpend = sharedSpend;
    }

    @Operation(summary = "Shared spend",
            description = "Spend net of reversals with each partner's share, grouped by campaign, partner, category or month. Read from a projection: a write shows up within a moment.")
    @GetMapping("/api/v1/alliances/{allianceId}/shared-spend")
    SharedSpendReport sharedSpend(@PathVariable UUID allianceId,
                                  @RequestParam(defaultValue = "campaign") String groupBy,
                                  @AuthenticationPrincipal Caller caller) {
        AllianceView alliance = access.visibleTo(new AllianceId(allianceId), caller);
        SharedSpend.GroupBy grouping = GroupByParameter.parse(groupBy, SharedSpend.GroupBy.class);
        return new SharedSpendReport(groupBy.toLowerCase(Locale.ROOT), sharedSpend.of(alliance.allianceId(), grouping));
    }

    record SharedSpendReport(String groupBy, List<SharedSpend.Row> rows) {
    }
}

package org.allianceledger.api.journey;

import io.swagger.v3.oas.annotations.Operation;
import org.allianceledger.api.alliance.AllianceAccess;
import org.allianceledger.api.security.Caller;
import org.allianceledger.api.web.GroupByParameter;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.projections.conversion.AttributedRevenue;
import org.allianceledger.writemodel.directory.AllianceView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Revenue credited to referrals and the commission it earned, net of refunds. */
@RestController
class AttributedRevenueController {

    private final AllianceAccess access;
    private final AttributedRevenue attributedRevenue;

    AttributedRevenueController(AllianceAccess access, AttributedRevenue attributedRevenue) {
        this.access = access;
        this.attributedRevenue = attributedRevenue;
    }

    @Operation(summary = "Attributed revenue",
            description = "Revenue credited to referrals and the commission it earned, net of refunds, grouped by referrer, receiver, campaign or month.")
    @GetMapping("/api/v1/alliances/{allianceId}/attributed-revenue")
    Report attributedRevenue(@PathVariable UUID allianceId, @RequestParam(defaultValue = "referrer") String groupBy,
                             @AuthenticationPrincipal Caller caller) {
        AllianceView alliance = access.visibleTo(new AllianceId(allianceId), caller);
        AttributedRevenue.GroupBy grouping = GroupByParameter.parse(groupBy, AttributedRevenue.GroupBy.class);
        return new Report(groupBy.toLowerCase(Locale.ROOT),
                attributedRevenue.of(alliance.allianceId(), alliance.currency(), grouping));
    }

    record Report(String groupBy, List<AttributedRevenue.Row> rows) {
    }
}

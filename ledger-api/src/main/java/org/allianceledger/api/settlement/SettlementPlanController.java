package org.allianceledger.api.settlement;

import io.swagger.v3.oas.annotations.Operation;
import org.allianceledger.api.alliance.AllianceAccess;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.settlement.SettlementPlan;
import org.allianceledger.core.settlement.Transfer;
import org.allianceledger.writemodel.directory.AllianceView;
import org.allianceledger.projections.journal.Balances;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who should pay whom to bring every balance to zero: at most one transfer fewer than there are partners. */
@RestController
class SettlementPlanController {

    private final AllianceAccess access;
    private final Balances balances;

    SettlementPlanController(AllianceAccess access, Balances balances) {
        this.access = access;
        this.balances = balances;
    }

    @Operation(summary = "Settlement plan",
            description = "Transfers that bring every balance to zero: the largest debtor pays the largest creditor, at most one transfer fewer than there are partners.")
    @GetMapping("/api/v1/alliances/{allianceId}/settlement-plan")
    PlanResponse plan(@PathVariable UUID allianceId, @AuthenticationPrincipal Caller caller) {
        AllianceView alliance = access.visibleTo(new AllianceId(allianceId), caller);
        Map<PartnerId, Money> positions = new LinkedHashMap<>();
        balances.current(alliance.allianceId(), alliance.currency())
                .forEach(balance -> positions.put(balance.partnerId(), balance.balance()));
        List<PartnerId> order = alliance.partners().stream().map(AllianceView.Member::partnerId).toList();
        return new PlanResponse(alliance.allianceId(), SettlementPlan.of(positions, order).transfers());
    }

    record PlanResponse(AllianceId allianceId, List<Transfer> transfers) {
    }
}

package org.allianceledger.api.campaign;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.allianceledger.api.alliance.AllianceActions;
import org.allianceledger.api.alliance.ReasonRequest;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.CampaignId;
import org.allianceledger.core.alliance.CloseCampaign;
import org.allianceledger.core.alliance.CommitBudget;
import org.allianceledger.core.alliance.LaunchCampaign;
import org.allianceledger.core.alliance.RecordSpend;
import org.allianceledger.core.alliance.ReverseSpend;
import org.allianceledger.core.alliance.SpendId;
import org.allianceledger.core.alliance.SpendRecorded;
import org.allianceledger.core.alliance.SpendReversed;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** Campaigns of an alliance: launch, commit budget, record and reverse spend, close. */
@RestController
@RequestMapping("/api/v1/alliances/{allianceId}/campaigns")
class CampaignController {

    private final AllianceActions actions;

    CampaignController(AllianceActions actions) {
        this.actions = actions;
    }

    @Operation(summary = "Launch a campaign",
            description = "A partner of the alliance launches a campaign running from startsOn to endsOn. The alliance must be ACTIVE.")
    @PostMapping
    ResponseEntity<CampaignResponse> launch(@PathVariable UUID allianceId,
                                            @Valid @RequestBody LaunchCampaignRequest request,
                                            @AuthenticationPrincipal Caller caller) {
        AllianceId id = new AllianceId(allianceId);
        CampaignId campaignId = new CampaignId(request.campaignId() != null ? request.campaignId() : UUID.randomUUID());
        AllianceActions.Sent<Object> sent = actions.send(id, caller, partner -> new LaunchCampaign(id, campaignId,
                partner, request.name().strip(), request.startsOn(), request.endsOn()));
        return ResponseEntity.created(URI.create("/api/v1/alliances/" + id + "/campaigns/" + campaignId))
                .eTag(sent.etag())
                .body(new CampaignResponse(id, campaignId, null, null));
    }

    @Operation(summary = "Commit budget to a campaign",
            description = "The calling partner adds to its own commitment. Spend is refused when a partner's share would exceed its commitment.")
    @PostMapping("/{campaignId}/commitments")
    ResponseEntity<CampaignResponse> commit(@PathVariable UUID allianceId, @PathVariable UUID campaignId,
                                            @Valid @RequestBody CommitBudgetRequest request,
                                            @AuthenticationPrincipal Caller caller) {
        AllianceId id = new AllianceId(allianceId);
        CampaignId campaign = new CampaignId(campaignId);
        AllianceActions.Sent<Object> sent = actions.send(id, caller,
                partner -> new CommitBudget(id, campaign, partner, request.amount()));
        return ResponseEntity.ok().eTag(sent.etag())
                .body(new CampaignResponse(id, campaign, caller.actingPartner(), request.amount()));
    }

    @Operation(summary = "Record a spend",
            description = "The calling partner paid this invoice; it is split by the cost shares of the terms version in force on incurredOn, to the cent. The response shows each partner's share.")
    @PostMapping("/{campaignId}/spend")
    ResponseEntity<SpendResponse> spend(@PathVariable UUID allianceId, @PathVariable UUID campaignId,
                                        @Valid @RequestBody RecordSpendRequest request,
                                        @AuthenticationPrincipal Caller caller) {
        AllianceId id = new AllianceId(allianceId);
        CampaignId campaign = new CampaignId(campaignId);
        SpendId spendId = new SpendId(request.spendId() != null ? request.spendId() : UUID.randomUUID());
        AllianceActions.Sent<SpendRecorded> sent = actions.send(id, caller, partner -> new RecordSpend(id, campaign,
                spendId, partner, request.amount(), request.category().strip(), request.vendor().strip(),
                request.invoiceRef().strip(), request.incurredOn(), request.evidenceSha256()));
        return ResponseEntity.created(URI.create("/api/v1/alliances/" + id + "/campaigns/" + campaign + "/spend/" + spendId))
                .eTag(sent.etag())
                .body(SpendResponse.of(sent.result()));
    }

    @Operation(summary = "Reverse a spend",
            description = "The payer reverses its spend: the exact negative of the original split, dated like the original.")
    @PostMapping("/{campaignId}/spend/{spendId}/reversal")
    ResponseEntity<SpendResponse> reverse(@PathVariable UUID allianceId, @PathVariable UUID campaignId,
                                          @PathVariable UUID spendId,
                                          @Valid @RequestBody(required = false) ReasonRequest request,
                                          @AuthenticationPrincipal Caller caller) {
        AllianceId id = new AllianceId(allianceId);
        AllianceActions.Sent<SpendReversed> sent = actions.send(id, caller, partner -> new ReverseSpend(id,
                new CampaignId(campaignId), new SpendId(spendId), partner, ReasonRequest.of(request)));
        return ResponseEntity.ok().eTag(sent.etag()).body(SpendResponse.of(sent.result()));
    }

    @Operation(summary = "Close a campaign",
            description = "No more budget or spend can be recorded in it.")
    @PostMapping("/{campaignId}/close")
    ResponseEntity<CampaignResponse> close(@PathVariable UUID allianceId, @PathVariable UUID campaignId,
                                           @AuthenticationPrincipal Caller caller) {
        AllianceId id = new AllianceId(allianceId);
        CampaignId campaign = new CampaignId(campaignId);
        AllianceActions.Sent<Object> sent = actions.send(id, caller, partner -> new CloseCampaign(id, campaign, partner));
        return ResponseEntity.ok().eTag(sent.etag()).body(new CampaignResponse(id, campaign, null, null));
    }

    /** What changed: the campaign, and for a commitment which partner committed how much more. */
    record CampaignResponse(AllianceId allianceId, CampaignId campaignId, PartnerId partnerId, Money committed) {
    }
}

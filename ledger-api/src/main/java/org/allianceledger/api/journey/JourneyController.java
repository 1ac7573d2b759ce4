package org.allianceledger.api.journey;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.allianceledger.api.alliance.ReasonRequest;
import org.allianceledger.api.command.LedgerCommands;
import org.allianceledger.api.problem.Conflict;
import org.allianceledger.api.problem.NotFound;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.CampaignId;
import org.allianceledger.core.journey.AllianceContext;
import org.allianceledger.core.journey.ConversionId;
import org.allianceledger.core.journey.ConversionRecorded;
import org.allianceledger.core.journey.ConversionReversed;
import org.allianceledger.core.journey.CustomerRef;
import org.allianceledger.core.journey.JourneyId;
import org.allianceledger.core.journey.RecordConversion;
import org.allianceledger.core.journey.RecordReferral;
import org.allianceledger.core.journey.ReferralId;
import org.allianceledger.core.journey.ReverseConversion;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.writemodel.conversion.ConversionIndex;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/** Referrals and conversions: the high-volume path, one customer journey per alliance and customer. */
@RestController
@RequestMapping("/api/v1/alliances/{allianceId}")
class JourneyController {

    private final AllianceContexts contexts;
    private final ConversionIndex conversions;
    private final LedgerCommands commands;

    JourneyController(AllianceContexts contexts, ConversionIndex conversions,
                      LedgerCommands commands) {
        this.contexts = contexts;
        this.conversions = conversions;
        this.commands = commands;
    }

    @Operation(summary = "Record a referral",
            description = "The calling partner referred a customer (a pseudonymous reference, never personal data) to another partner.")
    @PostMapping("/referrals")
    ResponseEntity<ReferralResponse> refer(@PathVariable UUID allianceId, @Valid @RequestBody RecordReferralRequest request,
                                           @AuthenticationPrincipal Caller caller) {
        AllianceId alliance = new AllianceId(allianceId);
        Supplier<AllianceContext> context = contexts.visibleTo(alliance, caller);
        ReferralId referralId = new ReferralId(request.referralId() != null ? request.referralId() : UUID.randomUUID());
        commands.sendBuiltFrom(() -> new RecordReferral(JourneyId.of(alliance, request.customerRef()),
                alliance, request.customerRef(), referralId, caller.actingPartner(), request.toPartner(),
                request.occurredAt(), request.campaignId() == null ? null : new CampaignId(request.campaignId()),
                context.get()), caller);
        return ResponseEntity.created(URI.create("/api/v1/alliances/" + allianceId + "/referrals/" + referralId.value()))
                .body(new ReferralResponse(alliance, referralId, caller.actingPartner(),
                        request.toPartner(), request.customerRef(), request.occurredAt()));
    }

    @Operation(summary = "Record a conversion",
            description = "The calling partner, as receiving partner, earned revenue from the customer. The commission is attributed at once under the terms version in force on the conversion date.")
    @PostMapping("/conversions")
    ResponseEntity<ConversionResponse> convert(@PathVariable UUID allianceId,
                                               @Valid @RequestBody RecordConversionRequest request,
                                               @AuthenticationPrincipal Caller caller) {
        AllianceId alliance = new AllianceId(allianceId);
        Supplier<AllianceContext> context = contexts.visibleTo(alliance, caller);
        ConversionId conversionId = new ConversionId(request.conversionId() != null ? request.conversionId()
                : UUID.randomUUID());
        if (conversions.customerOf(alliance, conversionId).isPresent()) {
            throw new Conflict("conversion-already-exists", "a conversion with id " + conversionId + " is recorded");
        }
        ConversionRecorded recorded = commands.sendBuiltFrom(() -> new RecordConversion(
                JourneyId.of(alliance, request.customerRef()), alliance,
                request.customerRef(), conversionId, caller.actingPartner(), request.revenue(), request.occurredAt(),
                context.get()), caller);
        return ResponseEntity.created(URI.create("/api/v1/alliances/" + allianceId + "/conversions/" + conversionId))
                .body(ConversionResponse.of(recorded));
    }

    @Operation(summary = "Refund a conversion",
            description = "The receiving partner refunds its conversion: the commission is reversed exactly, dated like the original.")
    @PostMapping("/conversions/{conversionId}/reversal")
    ConversionResponse refund(@PathVariable UUID allianceId, @PathVariable UUID conversionId,
                              @Valid @RequestBody(required = false) ReasonRequest request,
                              @AuthenticationPrincipal Caller caller) {
        AllianceId alliance = new AllianceId(allianceId);
        Supplier<AllianceContext> context = contexts.visibleTo(alliance, caller);
        ConversionId id = new ConversionId(conversionId);
        CustomerRef customer = conversions.customerOf(alliance, id).orElseThrow(() ->
                new NotFound("conversion-not-found", "no conversion " + conversionId + " is recorded in this alliance"));
        ConversionReversed refund = commands.sendBuiltFrom(() -> new ReverseConversion(
                JourneyId.of(alliance, customer), id, caller.actingPartner(), ReasonRequest.of(request),
                context.get()), caller);
        return ConversionResponse.of(refund);
    }

    record ReferralResponse(AllianceId allianceId, ReferralId referralId, PartnerId referrer, PartnerId toPartner,
                            CustomerRef customerRef, Instant occurredAt) {
    }
}

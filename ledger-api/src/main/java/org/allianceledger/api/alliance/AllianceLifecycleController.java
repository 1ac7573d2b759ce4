package org.allianceledger.api.alliance;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AcceptAlliance;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.DeclineAlliance;
import org.allianceledger.core.alliance.DissolveAlliance;
import org.allianceledger.core.alliance.ResumeAlliance;
import org.allianceledger.core.alliance.SuspendAlliance;
import org.allianceledger.writemodel.directory.AllianceView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A partner accepts, declines, suspends, resumes or dissolves an alliance it belongs to. */
@RestController
@RequestMapping("/api/v1/alliances/{allianceId}")
class AllianceLifecycleController {

    private final AllianceActions actions;

    AllianceLifecycleController(AllianceActions actions) {
        this.actions = actions;
    }

    @Operation(summary = "Accept an alliance",
            description = "The calling partner accepts the proposal; the last acceptance makes the alliance ACTIVE.")
    @PostMapping("/acceptance")
    ResponseEntity<AllianceView> accept(@PathVariable UUID allianceId, @AuthenticationPrincipal Caller caller) {
        AllianceId id = new AllianceId(allianceId);
        return actions.act(id, caller, partner -> new AcceptAlliance(id, partner));
    }

    @Operation(summary = "Decline an alliance",
            description = "A partner that has not accepted turns the proposal down; the alliance is DECLINED for good.")
    @PostMapping("/decline")
    ResponseEntity<AllianceView> decline(@PathVariable UUID allianceId,
                                         @Valid @RequestBody(required = false) ReasonRequest request,
                                         @AuthenticationPrincipal Caller caller) {
        AllianceId id = new AllianceId(allianceId);
        return actions.act(id, caller, partner -> new DeclineAlliance(id, partner, ReasonRequest.of(request)));
    }

    @Operation(summary = "Suspend an alliance",
            description = "No new campaigns, budget, spend, referrals or conversions until it is resumed.")
    @PostMapping("/suspension")
    ResponseEntity<AllianceView> suspend(@PathVariable UUID allianceId,
                                         @Valid @RequestBody(required = false) ReasonRequest request,
                                         @AuthenticationPrincipal Caller caller) {
        AllianceId id = new AllianceId(allianceId);
        return actions.act(id, caller, partner -> new SuspendAlliance(id, partner, ReasonRequest.of(request)));
    }

    @Operation(summary = "Resume an alliance",
            description = "A suspended alliance becomes ACTIVE again.")
    @PostMapping("/resumption")
    ResponseEntity<AllianceView> resume(@PathVariable UUID allianceId, @AuthenticationPrincipal Caller caller) {
        AllianceId id = new AllianceId(allianceId);
        return actions.act(id, caller, partner -> new ResumeAlliance(id, partner));
    }

    @Operation(summary = "Dissolve an alliance",
            description = "For good; reversals, refunds and settlement payments stay possible.")
    @PostMapping("/dissolution")
    ResponseEntity<AllianceView> dissolve(@PathVariable UUID allianceId,
                                          @Valid @RequestBody(required = false) ReasonRequest request,
                                          @AuthenticationPrincipal Caller caller) {
        AllianceId id = new AllianceId(allianceId);
        return actions.act(id, caller, partner -> new DissolveAlliance(id, partner, ReasonRequest.of(request)));
    }
}

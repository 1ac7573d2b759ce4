package org.allianceledger.api.alliance;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AcceptAmendment;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.AmendmentId;
import org.allianceledger.core.alliance.ProposeAmendment;
import org.allianceledger.writemodel.directory.AllianceView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** New terms: proposed by one partner, in force once every partner accepted them. */
@RestController
@RequestMapping("/api/v1/alliances/{allianceId}/amendments")
class AmendmentController {

    private final AllianceActions actions;

    AmendmentController(AllianceActions actions) {
        this.actions = actions;
    }

    @Operation(summary = "Propose new terms",
            description = "A partner proposes amended terms, effective after the latest agreed version. They take effect once every partner accepted.")
    @PostMapping
    ResponseEntity<AllianceView> propose(@PathVariable UUID allianceId,
                                         @Valid @RequestBody ProposeAmendmentRequest request,
                                         @AuthenticationPrincipal Caller caller) {
        AllianceId id = new AllianceId(allianceId);
        AmendmentId amendmentId = new AmendmentId(request.amendmentId() != null ? request.amendmentId() : UUID.randomUUID());
        ResponseEntity<AllianceView> proposed = actions.act(id, caller,
                partner -> new ProposeAmendment(id, amendmentId, partner, request.terms().toTerms()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/alliances/" + id + "/amendments/" + amendmentId))
                .headers(proposed.getHeaders())
                .body(proposed.getBody());
    }

    @Operation(summary = "Accept an amendment",
            description = "The calling partner accepts; the last acceptance makes the terms the next version.")
    @PostMapping("/{amendmentId}/acceptance")
    ResponseEntity<AllianceView> accept(@PathVariable UUID allianceId, @PathVariable UUID amendmentId,
                                        @AuthenticationPrincipal Caller caller) {
        AllianceId id = new AllianceId(allianceId);
        return actions.act(id, caller, partner -> new AcceptAmendment(id, new AmendmentId(amendmentId), partner));
    }
}

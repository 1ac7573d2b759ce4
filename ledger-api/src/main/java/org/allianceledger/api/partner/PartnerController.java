package org.allianceledger.api.partner;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.allianceledger.api.command.LedgerCommands;
import org.allianceledger.api.problem.Conflict;
import org.allianceledger.api.problem.NotFound;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.partner.RegisterPartner;
import org.allianceledger.writemodel.partner.PartnerDirectory;
import org.allianceledger.writemodel.partner.PartnerDirectory.PartnerView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/v1/partners")
class PartnerController {

    private final LedgerCommands commands;
    private final PartnerDirectory partners;

    PartnerController(LedgerCommands commands, PartnerDirectory partners) {
        this.commands = commands;
        this.partners = partners;
    }

    @Operation(summary = "Register a partner",
            description = "ADMIN: registers a company that can take part in alliances (recorded as an event).")
    @PostMapping
    ResponseEntity<PartnerView> register(@Valid @RequestBody RegisterPartnerRequest request,
                                         @AuthenticationPrincipal Caller caller) {
        if (partners.find(request.partnerId()).isPresent()) {
            throw new Conflict("partner-already-registered",
                    "partner " + request.partnerId() + " is already registered");
        }
        commands.send(new RegisterPartner(request.partnerId(), request.name().strip()), caller);
        return ResponseEntity.created(URI.create("/api/v1/partners/" + request.partnerId()))
                .body(find(request.partnerId()));
    }

    @Operation(summary = "Read a partner",
            description = "ADMIN: a registered partner.")
    @GetMapping("/{partnerId}")
    PartnerView get(@PathVariable PartnerId partnerId) {
        return find(partnerId);
    }

    private PartnerView find(PartnerId partnerId) {
        return partners.find(partnerId)
                .orElseThrow(() -> new NotFound("partner-not-found", "no partner " + partnerId + " is registered"));
    }
}

package org.allianceledger.api.alliance;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.allianceledger.api.command.LedgerCommands;
import org.allianceledger.api.problem.Conflict;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.ProposeAlliance;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.rule.Rule;
import org.allianceledger.core.rule.RuleViolation;
import org.allianceledger.writemodel.directory.AllianceDirectory;
import org.allianceledger.writemodel.directory.AllianceView;
import org.allianceledger.writemodel.partner.PartnerDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/alliances")
class AllianceController {

    private final LedgerCommands commands;
    private final AllianceDirectory directory;
    private final AllianceAccess access;
    private final PartnerDirectory partners;
    private final AllianceActions actions;

    AllianceController(LedgerCommands commands, AllianceDirectory directory, AllianceAccess access,
                       PartnerDirectory partners, AllianceActions actions) {
        this.commands = commands;
        this.directory = directory;
        this.access = access;
        this.partners = partners;
        this.actions = actions;
    }

    @Operation(summary = "Propose an alliance",
            description = "The calling partner proposes an alliance it takes part in, with initial terms. It is ACTIVE once every other partner accepted.")
    @PostMapping
    ResponseEntity<AllianceView> propose(@Valid @RequestBody ProposeAllianceRequest request,
                                         @AuthenticationPrincipal Caller caller) {
        AllianceId allianceId = new AllianceId(request.allianceId() != null ? request.allianceId() : UUID.randomUUID());
        assertRegistered(request.partners());
        if (directory.find(allianceId).isPresent()) {
            throw new Conflict("alliance-already-exists", "an alliance with id " + allianceId + " already exists");
        }
        commands.send(new ProposeAlliance(allianceId, caller.actingPartner(), request.name().strip(), request.kind(),
                request.currency(), request.partners(), request.terms().toTerms()), caller);
        AllianceView created = access.visibleTo(allianceId, caller);
        return ResponseEntity.created(URI.create("/api/v1/alliances/" + allianceId))
                .eTag(AllianceActions.etag(created))
                .body(created);
    }

    @Operation(summary = "Read an alliance",
            description = "Status, partners and acceptances, latest terms and amendments. The ETag is the alliance version, for If-Match.")
    @GetMapping("/{allianceId}")
    ResponseEntity<AllianceView> get(@PathVariable UUID allianceId, @AuthenticationPrincipal Caller caller) {
        return actions.current(new AllianceId(allianceId), caller);
    }

    /** Newest first, {@code limit} at a time; pass the response's nextCursor as {@code after} for more. */
    @Operation(summary = "List alliances",
            description = "The alliances the calling partner belongs to (every alliance for an AUDITOR), newest first, paginated by cursor.")
    @GetMapping
    AllianceList list(@RequestParam(required = false) String after,
                      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
                      @AuthenticationPrincipal Caller caller) {
        List<AllianceView> page = access.pageVisibleTo(caller, Optional.ofNullable(after).map(AllianceCursor::decode),
                limit);
        String next = page.size() == limit ? AllianceCursor.encode(page.getLast()) : null;
        return new AllianceList(page, next);
    }

    private void assertRegistered(List<PartnerId> proposed) {
        List<PartnerId> unknown = partners.unregisteredAmong(proposed);
        if (!unknown.isEmpty()) {
            throw new RuleViolation(Rule.UNKNOWN_PARTNER, "these partners are not registered: " + unknown);
        }
    }

    record AllianceList(List<AllianceView> alliances, String nextCursor) {
    }
}

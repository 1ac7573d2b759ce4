package org.allianceledger.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import org.allianceledger.api.alliance.AllianceAccess;
import org.allianceledger.api.security.Caller;
import org.allianceledger.api.security.Role;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.writemodel.audit.ChainVerifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;
import java.util.UUID;

/**
 * Proof that history was not rewritten: recomputes the hash chain from the event table. An auditor may
 * verify every stream; a partner verifies the alliances it belongs to.
 */
@RestController
class AuditController {

    private final AllianceAccess access;
    private final ChainVerifier verifier;

    AuditController(AllianceAccess access, ChainVerifier verifier) {
        this.access = access;
        this.verifier = verifier;
    }

    @Operation(summary = "Verify the hash chain",
            description = "Recomputes the chain from the event table and reports the first altered or missing event. AUDITOR: every stream, or one alliance; PARTNER: an alliance it belongs to.")
    @GetMapping("/api/v1/audit/verify")
    ChainVerifier.Verification verify(@RequestParam(required = false) UUID allianceId,
                                      @AuthenticationPrincipal Caller caller) {
        if (allianceId == null) {
            if (caller.role() != Role.AUDITOR) {
                throw new AccessDeniedException("only an auditor verifies every alliance; name one with allianceId");
            }
            return verifier.verify(Optional.empty());
        }
        AllianceId alliance = access.visibleTo(new AllianceId(allianceId), caller).allianceId();
        return verifier.verify(Optional.of(alliance));
    }
}

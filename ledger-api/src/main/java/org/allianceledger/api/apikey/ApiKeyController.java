package org.allianceledger.api.apikey;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.allianceledger.api.problem.NotFound;
import org.allianceledger.api.problem.InvalidRequest;
import org.allianceledger.api.security.Role;
import org.allianceledger.core.rule.Rule;
import org.allianceledger.core.rule.RuleViolation;
import org.allianceledger.writemodel.partner.PartnerDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;

@RestController
@RequestMapping("/api/v1/api-keys")
class ApiKeyController {

    private final ApiKeys apiKeys;
    private final PartnerDirectory partners;
    private final Clock clock;

    ApiKeyController(ApiKeys apiKeys, PartnerDirectory partners, Clock clock) {
        this.apiKeys = apiKeys;
        this.partners = partners;
        this.clock = clock;
    }

    @Operation(summary = "Issue an API key",
            description = "ADMIN: a PARTNER key (bound to a registered partner), an AUDITOR key or an ADMIN key. The secret is in this response only.")
    @PostMapping
    ResponseEntity<IssuedApiKey> issue(@Valid @RequestBody IssueApiKeyRequest request) {
        if (request.role() == Role.PARTNER) {
            if (request.partnerId() == null) {
                throw new InvalidRequest("partnerId", "a PARTNER key must name the partner it acts for");
            }
            if (partners.find(request.partnerId()).isEmpty()) {
                throw new RuleViolation(Rule.UNKNOWN_PARTNER,
                        "partner " + request.partnerId() + " is not registered; register it first");
            }
        } else if (request.partnerId() != null) {
            throw new InvalidRequest("partnerId", "only a PARTNER key acts for a partner; leave partnerId out");
        }
        IssuedApiKey issued = apiKeys.issue(request.role(), request.partnerId(), clock.instant());
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.keyId())).body(issued);
    }

    @Operation(summary = "Revoke an API key",
            description = "ADMIN: the key stops working at once.")
    @DeleteMapping("/{keyId}")
    ResponseEntity<Void> revoke(@PathVariable String keyId) {
        if (!apiKeys.revoke(keyId, clock.instant())) {
            throw new NotFound("api-key-not-found", "no active API key has the id " + keyId);
        }
        return ResponseEntity.noContent().build();
    }
}

package org.allianceledger.api.settlement;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.allianceledger.api.alliance.AllianceActions;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.PaymentId;
import org.allianceledger.core.alliance.RecordSettlementPayment;
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
import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/alliances/{allianceId}/settlement-payments")
class SettlementPaymentController {

    private final AllianceActions actions;

    SettlementPaymentController(AllianceActions actions) {
        this.actions = actions;
    }

    @Operation(summary = "Record a settlement payment",
            description = "The calling partner paid another partner of the alliance. Allowed while the alliance is active, suspended or dissolved.")
    @PostMapping
    ResponseEntity<PaymentResponse> record(@PathVariable UUID allianceId, @Valid @RequestBody RecordPaymentRequest request,
                                           @AuthenticationPrincipal Caller caller) {
        AllianceId id = new AllianceId(allianceId);
        PaymentId paymentId = new PaymentId(request.paymentId() != null ? request.paymentId() : UUID.randomUUID());
        AllianceActions.Sent<Object> sent = actions.send(id, caller, partner -> new RecordSettlementPayment(id,
                paymentId, partner, request.toPartner(), request.amount(), request.paidOn(), request.reference().strip()));
        return ResponseEntity.created(URI.create("/api/v1/alliances/" + id + "/settlement-payments/" + paymentId))
                .eTag(sent.etag())
                .body(new PaymentResponse(id, paymentId, caller.actingPartner(), request.toPartner(), request.amount(),
                        request.paidOn(), request.reference().strip()));
    }

    record PaymentResponse(AllianceId allianceId, PaymentId paymentId, PartnerId fromPartner, PartnerId toPartner,
                           Money amount, LocalDate paidOn, String reference) {
    }
}

package org.allianceledger.api.balance;

import io.swagger.v3.oas.annotations.Operation;
import org.allianceledger.api.alliance.AllianceAccess;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.writemodel.directory.AllianceView;
import org.allianceledger.projections.journal.Balances;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * Partner balances: now, or as of an effective date (asOf) as the ledger knew them at a moment (knownAt).
 * Positive: the alliance owes the partner. Balances always sum to zero.
 */
@RestController
class BalanceController {

    /** "No later than": an effective date after every fact the ledger can hold. */
    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

    private final AllianceAccess access;
    private final Balances balances;
    private final Clock clock;

    BalanceController(AllianceAccess access, Balances balances, Clock clock) {
        this.access = access;
        this.balances = balances;
        this.clock = clock;
    }

    @Operation(summary = "Partner balances",
            description = "Positive: the alliance owes the partner; balances sum to zero. With asOf (an effective date) and knownAt (a moment), the balances as the ledger knew them then.")
    @GetMapping("/api/v1/alliances/{allianceId}/balances")
    BalanceReport balances(@PathVariable UUID allianceId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
                           @AuthenticationPrincipal Caller caller) {
        AllianceView alliance = access.visibleTo(new AllianceId(allianceId), caller);
        Currency currency = alliance.currency();
        if (asOf == null && knownAt == null) {
            return new BalanceReport(alliance.allianceId(), currency, null, null,
                    balances.current(alliance.allianceId(), currency));
        }
        Instant known = knownAt != null ? knownAt : clock.instant();
        return new BalanceReport(alliance.allianceId(), currency, asOf, known,
                balances.asOf(alliance.allianceId(), currency, asOf != null ? asOf : END_OF_TIME, known));
    }

    record BalanceReport(AllianceId allianceId, Currency currency, LocalDate asOf, Instant knownAt,
                         List<Balances.Balance> balances) {
    }
}

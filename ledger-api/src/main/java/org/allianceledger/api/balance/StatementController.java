package org.allianceledger.api.balance;

import io.swagger.v3.oas.annotations.Operation;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.http.HttpServletResponse;
import org.allianceledger.api.alliance.AllianceAccess;
import org.allianceledger.api.problem.InvalidRequest;
import org.allianceledger.api.problem.NotFound;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.writemodel.audit.ChainVerifier;
import org.allianceledger.writemodel.directory.AllianceView;
import org.allianceledger.projections.export.StatementCsv;
import org.allianceledger.projections.journal.Statements;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A partner's statement: opening balance, every line of the period with its running balance, closing
 * balance. Any partner of the alliance (and an auditor) may read any member's statement: balances are
 * shared knowledge within an alliance.
 */
@RestController
class StatementController {

    private final AllianceAccess access;
    private final Statements statements;
    private final ChainVerifier chain;
    private final Clock clock;

    StatementController(AllianceAccess access, Statements statements, ChainVerifier chain, Clock clock) {
        this.access = access;
        this.statements = statements;
        this.chain = chain;
        this.clock = clock;
    }

    @Operation(summary = "Partner statement",
            description = "Opening balance, every journal line of the period with its running balance, closing balance and the chain head. JSON or CSV.")
    @GetMapping("/api/v1/alliances/{allianceId}/statements/{partnerId}")
    StatementWithChainHead statement(@PathVariable UUID allianceId, @PathVariable PartnerId partnerId,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                   Instant knownAt,
                                   @RequestParam(defaultValue = "json") String format,
                                   @AuthenticationPrincipal Caller caller,
                                   HttpServletResponse response) throws IOException {
        AllianceView alliance = access.visibleTo(new AllianceId(allianceId), caller);
        if (!alliance.hasMember(partnerId)) {
            throw new NotFound("partner-not-found", "partner " + partnerId + " is not a partner of this alliance");
        }
        if (to.isBefore(from)) {
            throw new InvalidRequest("to", "the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (!format.equals("json") && !format.equals("csv")) {
            throw new InvalidRequest("format", "format must be json or csv");
        }
        StatementWithChainHead statement = new StatementWithChainHead(statements.of(alliance.allianceId(),
                alliance.currency(), partnerId, from, to, knownAt != null ? knownAt : clock.instant()),
                chain.head(alliance.allianceId().toString()).orElse(null));
        if (format.equals("json")) {
            return statement;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"statement-" + partnerId + "-" + from + "-" + to
                + ".csv\"");
        StatementCsv.write(statement.statement(), statement.chainHead(), response.getWriter());
        return null;
    }

    /**
     * The statement, and the alliance stream's chain head when it was produced: a partner that keeps it can
     * later check with /audit/verify that the history behind the statement was not rewritten.
     */
    record StatementWithChainHead(@JsonUnwrapped Statements.Statement statement, ChainVerifier.ChainHead chainHead) {
    }
}

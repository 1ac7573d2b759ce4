package org.allianceledger.api.alliance;

import jakarta.servlet.http.HttpServletRequest;
import org.allianceledger.api.command.LedgerCommands;
import org.allianceledger.api.problem.PreconditionFailed;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.writemodel.directory.AllianceDirectory;
import org.allianceledger.writemodel.directory.AllianceView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.function.Function;

/**
 * What every alliance-scoped write does: check the caller may see the alliance (404 otherwise), send the
 * command as the caller's partner, and answer with the alliance as it now is, its version as ETag.
 */
@Component
public class AllianceActions {

    private final LedgerCommands commands;
    private final AllianceAccess access;
    private final AllianceDirectory directory;
    private final TransactionTemplate transactions;

    AllianceActions(LedgerCommands commands, AllianceAccess access, AllianceDirectory directory,
                    TransactionTemplate transactions) {
        this.commands = commands;
        this.access = access;
        this.directory = directory;
        this.transactions = transactions;
    }

    public ResponseEntity<AllianceView> act(AllianceId allianceId, Caller caller, Function<PartnerId, Object> command) {
        send(allianceId, caller, command);
        return current(allianceId, caller);
    }

    /**
     * Sends the command for a visible alliance and returns what its handler returned. With If-Match, the
     * alliance's version is checked and held, in one transaction with the command, so no other write slips
     * in between: a stale version is 412.
     */
    public <R> Sent<R> send(AllianceId allianceId, Caller caller, Function<PartnerId, Object> command) {
        access.visibleTo(allianceId, caller);
        String ifMatch = currentRequest().getHeader(HttpHeaders.IF_MATCH);
        if (ifMatch == null) {
            return sendNow(allianceId, caller, command);
        }
        return transactions.execute(tx -> {
            long version = directory.lockVersion(allianceId).orElseThrow();
            if (!VersionTag.matches(ifMatch, version)) {
                throw new PreconditionFailed("the alliance is at version " + version + ", not " + ifMatch
                        + "; read it again (GET returns its ETag) and decide again");
            }
            return sendNow(allianceId, caller, command);
        });
    }

    private <R> Sent<R> sendNow(AllianceId allianceId, Caller caller, Function<PartnerId, Object> command) {
        R result = commands.send(command.apply(caller.actingPartner()), caller);
        return new Sent<>(result, etag(access.visibleTo(allianceId, caller)));
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    public ResponseEntity<AllianceView> current(AllianceId allianceId, Caller caller) {
        AllianceView alliance = access.visibleTo(allianceId, caller);
        return ResponseEntity.ok().eTag(etag(alliance)).body(alliance);
    }

    public static String etag(AllianceView alliance) {
        return VersionTag.of(alliance.version());
    }

    /** A command's result and the alliance's version after it, as an ETag. */
    public record Sent<R>(R result, String etag) {
    }
}

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

    AllianceActions(LedgerCommands commands, AllianceAccess access, AllianceDirectory directory) {
        this.commands = commands;
        this.access = access;
        this.directory = directory;
    }

    public ResponseEntity<AllianceView> act(AllianceId allianceId, Caller caller, Function<PartnerId, Object> command) {
        decide(allianceId, caller, command);
        return current(allianceId, caller);
    }

    /**
     * Sends the command for a visible alliance and returns what its handler returned. With If-Match, the
     * alliance must be at a version the caller names: checked against the directory at once (412 if not), then
     * passed to Axon as the version the alliance must still be at when it is loaded for the command, so a write
     * that slipped in between makes the command 412 too, on any instance.
     */
    public <R> Sent<R> send(AllianceId allianceId, Caller caller, Function<PartnerId, Object> command) {
        R result = decide(allianceId, caller, command);
        return new Sent<>(result, VersionTag.of(version(allianceId)));
    }

    private <R> R decide(AllianceId allianceId, Caller caller, Function<PartnerId, Object> command) {
        access.requireVisible(allianceId, caller);
        String ifMatch = currentRequest().getHeader(HttpHeaders.IF_MATCH);
        Object decided = command.apply(caller.actingPartner());
        if (ifMatch == null || VersionTag.isAny(ifMatch)) {
            return commands.send(decided, caller);
        }
        long version = version(allianceId);
        if (!VersionTag.matches(ifMatch, version)) {
            throw new PreconditionFailed("the alliance is at version " + version + ", not " + ifMatch
                    + "; read it again (GET returns its ETag) and decide again");
        }
        return commands.sendExpecting(version, decided, caller);
    }

    private long version(AllianceId allianceId) {
        return directory.version(allianceId).orElseThrow();
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

package org.allianceledger.api.alliance;

import org.allianceledger.api.command.LedgerCommands;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.projections.directory.AllianceView;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/**
 * What every alliance-scoped write does: check the caller may see the alliance (404 otherwise), send the
 * command as the caller's partner, and answer with the alliance as it now is, its version as ETag.
 */
@Component
public class AllianceActions {

    private final LedgerCommands commands;
    private final AllianceAccess access;

    AllianceActions(LedgerCommands commands, AllianceAccess access) {
        this.commands = commands;
        this.access = access;
    }

    public ResponseEntity<AllianceView> act(AllianceId allianceId, Caller caller, Function<PartnerId, Object> command) {
        send(allianceId, caller, command);
        return current(allianceId, caller);
    }

    /** Sends the command for a visible alliance and returns what its handler returned. */
    public <R> Sent<R> send(AllianceId allianceId, Caller caller, Function<PartnerId, Object> command) {
        access.visibleTo(allianceId, caller);
        R result = commands.send(command.apply(caller.actingPartner()), caller);
        return new Sent<>(result, etag(access.visibleTo(allianceId, caller)));
    }

    public ResponseEntity<AllianceView> current(AllianceId allianceId, Caller caller) {
        AllianceView alliance = access.visibleTo(allianceId, caller);
        return ResponseEntity.ok().eTag(etag(alliance)).body(alliance);
    }

    public static String etag(AllianceView alliance) {
        return "\"" + alliance.version() + "\"";
    }

    /** A command's result and the alliance's version after it, as an ETag. */
    public record Sent<R>(R result, String etag) {
    }
}

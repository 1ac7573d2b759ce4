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
class AllianceActions {

    private final LedgerCommands commands;
    private final AllianceAccess access;

    AllianceActions(LedgerCommands commands, AllianceAccess access) {
        this.commands = commands;
        this.access = access;
    }

    ResponseEntity<AllianceView> act(AllianceId allianceId, Caller caller, Function<PartnerId, Object> command) {
        access.visibleTo(allianceId, caller);
        commands.send(command.apply(caller.actingPartner()), caller);
        return current(allianceId, caller);
    }

    ResponseEntity<AllianceView> current(AllianceId allianceId, Caller caller) {
        AllianceView alliance = access.visibleTo(allianceId, caller);
        return ResponseEntity.ok().eTag(etag(alliance)).body(alliance);
    }

    static String etag(AllianceView alliance) {
        return "\"" + alliance.version() + "\"";
    }
}

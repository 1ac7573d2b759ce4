package org.allianceledger.api.alliance;

import org.allianceledger.api.problem.NotFound;
import org.allianceledger.api.security.Caller;
import org.allianceledger.api.security.Role;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.writemodel.directory.AllianceDirectory;
import org.allianceledger.writemodel.directory.AllianceView;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Partner isolation: a partner sees only the alliances it belongs to; any other alliance answers 404,
 * exactly as one that does not exist. Auditors see every alliance.
 */
@Component
public class AllianceAccess {

    private final AllianceDirectory directory;

    public AllianceAccess(AllianceDirectory directory) {
        this.directory = directory;
    }

    public AllianceView visibleTo(AllianceId allianceId, Caller caller) {
        return directory.find(allianceId)
                .filter(alliance -> caller.role() == Role.AUDITOR
                        || caller.partner().map(alliance::hasMember).orElse(false))
                .orElseThrow(() -> new NotFound("alliance-not-found", "no alliance " + allianceId + " is visible to you"));
    }

    public List<AllianceView> pageVisibleTo(Caller caller, Optional<AllianceDirectory.Cursor> after, int limit) {
        return directory.page(caller.role() == Role.AUDITOR ? Optional.empty() : Optional.of(caller.actingPartner()),
                after, limit);
    }
}

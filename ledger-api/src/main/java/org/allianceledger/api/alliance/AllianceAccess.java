package org.allianceledger.api.alliance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.allianceledger.api.problem.NotFound;
import org.allianceledger.api.security.Caller;
import org.allianceledger.api.security.Role;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.partner.PartnerId;
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

    private static final int REMEMBERED_ALLIANCES = 10_000;

    private final AllianceDirectory directory;
    /** An alliance's partners are fixed when it is proposed, so what was read once stays true. */
    private final Cache<AllianceId, List<PartnerId>> partnersOf = Caffeine.newBuilder()
            .maximumSize(REMEMBERED_ALLIANCES)
            .build();

    public AllianceAccess(AllianceDirectory directory) {
        this.directory = directory;
    }

    /**
     * The same check as {@link #visibleTo} for a write, which needs only to know that the caller may act on the
     * alliance: answered from memory once the alliance's partners were read.
     */
    public void requireVisible(AllianceId allianceId, Caller caller) {
        List<PartnerId> partners = partnersOf.getIfPresent(allianceId);
        if (partners == null) {
            partners = directory.partners(allianceId);
            if (!partners.isEmpty()) {
                partnersOf.put(allianceId, partners);
            }
        }
        if (partners.isEmpty() || !(caller.role() == Role.AUDITOR || caller.partner().map(partners::contains).orElse(false))) {
            throw notVisible(allianceId);
        }
    }

    public AllianceView visibleTo(AllianceId allianceId, Caller caller) {
        return directory.find(allianceId)
                .filter(alliance -> caller.role() == Role.AUDITOR
                        || caller.partner().map(alliance::hasMember).orElse(false))
                .orElseThrow(() -> notVisible(allianceId));
    }

    private static NotFound notVisible(AllianceId allianceId) {
        return new NotFound("alliance-not-found", "no alliance " + allianceId + " is visible to you");
    }

    public List<AllianceView> pageVisibleTo(Caller caller, Optional<AllianceDirectory.Cursor> after, int limit) {
        return directory.page(caller.role() == Role.AUDITOR ? Optional.empty() : Optional.of(caller.actingPartner()),
                after, limit);
    }
}

package org.allianceledger.api.journey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.allianceledger.api.alliance.AllianceAccess;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.journey.AllianceContext;
import org.allianceledger.writemodel.directory.AllianceDirectory;
import org.allianceledger.writemodel.directory.AllianceView;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * What a customer journey needs to know of its alliance (status, partners, currency, every terms version) and
 * the alliance version it was read at, from the directory that is written in the same transaction as the
 * alliance's events. The command is decided only if the alliance is still at that version
 * ({@link AllianceUnchangedSinceRead}); otherwise it is built again from a new read.
 * <p>
 * The last context read of each alliance is kept in memory and used for a command's first attempt: a context
 * that is no longer the alliance's (changed by this or another instance) fails that version check before
 * anything is decided on it, and the attempt after reads the alliance again. So alliances that rarely change
 * cost no directory reads per command, and a stale copy never decides one.
 */
@Component
class AllianceContexts {

    private static final int REMEMBERED_ALLIANCES = 10_000;

    private final AllianceAccess access;
    private final AllianceDirectory directory;
    private final Cache<AllianceId, AllianceContext> lastRead = Caffeine.newBuilder()
            .maximumSize(REMEMBERED_ALLIANCES)
            .build();

    AllianceContexts(AllianceAccess access, AllianceDirectory directory) {
        this.access = access;
        this.directory = directory;
    }

    /**
     * For an alliance the caller may act on (404 otherwise): the context last read, then, each time the command
     * is built again, the alliance as it is now.
     */
    Supplier<AllianceContext> visibleTo(AllianceId allianceId, Caller caller) {
        access.requireVisible(allianceId, caller);
        AtomicBoolean first = new AtomicBoolean(true);
        return () -> {
            AllianceContext remembered = first.getAndSet(false) ? lastRead.getIfPresent(allianceId) : null;
            return remembered != null ? remembered : read(allianceId);
        };
    }

    private AllianceContext read(AllianceId allianceId) {
        AllianceView alliance = directory.find(allianceId).orElseThrow();
        AllianceContext context = new AllianceContext(alliance.version(), alliance.status(),
                alliance.partners().stream().map(AllianceView.Member::partnerId).toList(),
                alliance.currency(),
                directory.termsHistory(alliance.allianceId()));
        lastRead.put(allianceId, context);
        return context;
    }
}

package org.allianceledger.api.journey;

import org.allianceledger.core.journey.AllianceContext;
import org.allianceledger.writemodel.directory.AllianceDirectory;
import org.allianceledger.writemodel.directory.AllianceView;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What a customer journey needs to know of its alliance (status, partners, currency, every terms version) and
 * the alliance version it was read at, from the directory that is written in the same transaction as the
 * alliance's events. The command is decided only if the alliance is still at that version
 * ({@link AllianceUnchangedSinceRead}); otherwise it is built again from a new read.
 */
@Component
class AllianceContexts {

    private final AllianceDirectory directory;

    AllianceContexts(AllianceDirectory directory) {
        this.directory = directory;
    }

    /** The context of the alliance as read, then, each time the command is built again, as it is now. */
    Supplier<AllianceContext> startingFrom(AllianceView read) {
        AtomicReference<AllianceView> next = new AtomicReference<>(read);
        return () -> of(Optional.ofNullable(next.getAndSet(null))
                .orElseGet(() -> directory.find(read.allianceId()).orElseThrow()));
    }

    private AllianceContext of(AllianceView alliance) {
        return new AllianceContext(alliance.version(), alliance.status(),
                alliance.partners().stream().map(AllianceView.Member::partnerId).toList(),
                alliance.currency(),
                directory.termsHistory(alliance.allianceId()));
    }
}

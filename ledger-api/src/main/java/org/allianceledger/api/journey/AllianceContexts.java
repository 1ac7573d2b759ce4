package org.allianceledger.api.journey;

import org.allianceledger.core.journey.AllianceContext;
import org.allianceledger.writemodel.directory.AllianceDirectory;
import org.allianceledger.writemodel.directory.AllianceView;
import org.springframework.stereotype.Component;

/**
 * What a customer journey needs to know of its alliance (status, partners, currency, every terms version),
 * read from the directory that is written in the same transaction as the alliance's events.
 */
@Component
class AllianceContexts {

    private final AllianceDirectory directory;

    AllianceContexts(AllianceDirectory directory) {
        this.directory = directory;
    }

    AllianceContext of(AllianceView alliance) {
        return new AllianceContext(alliance.status(),
                alliance.partners().stream().map(AllianceView.Member::partnerId).toList(),
                alliance.currency(),
                directory.termsHistory(alliance.allianceId()));
    }
}

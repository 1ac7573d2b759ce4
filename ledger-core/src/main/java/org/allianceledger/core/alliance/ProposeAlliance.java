package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Currency;
import java.util.List;

/** A partner proposes an alliance to the listed partners (itself included) under initial terms. */
public record ProposeAlliance(@TargetAggregateIdentifier AllianceId allianceId,
                              PartnerId proposedBy,
                              String name,
                              AllianceKind kind,
                              Currency currency,
                              List<PartnerId> partners,
                              Terms terms) implements AllianceCommand {

    public ProposeAlliance {
        partners = List.copyOf(partners);
    }
}

package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.rule.Rule;
import org.allianceledger.core.rule.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One alliance between two or more partners: its status, agreed terms and (later) campaigns.
 * Command handlers check, decide and apply; event-sourcing handlers only assign state.
 */
public class Alliance {

    @AggregateIdentifier
    private AllianceId allianceId;
    private List<PartnerId> partners;
    private final Set<PartnerId> accepted = new LinkedHashSet<>();
    private AllianceStatus status;

    protected Alliance() {
        // for Axon
    }

    @CommandHandler
    public Alliance(ProposeAlliance command) {
        assertAtLeastTwoPartners(command.partners());
        assertPartnersDistinct(command.partners());
        assertProposerIsPartner(command.proposedBy(), command.partners());
        command.terms().assertValidFor(command.partners());
        apply(new AllianceProposed(command.allianceId(), command.proposedBy(), command.name(), command.kind(),
                command.currency(), command.partners(), command.terms()));
    }

    @CommandHandler
    void handle(AcceptAlliance command) {
        assertPartnerOfAlliance(command.partner());
        assertAwaitingAcceptance();
        if (accepted.contains(command.partner())) {
            throw new RuleViolation(Rule.ALREADY_ACCEPTED,
                    "partner " + command.partner() + " has already accepted this alliance");
        }
        apply(new AllianceAccepted(allianceId, command.partner()));
        if (accepted.size() == partners.size()) {
            apply(new AllianceActivated(allianceId));
        }
    }

    private static void assertAtLeastTwoPartners(List<PartnerId> partners) {
        if (partners.size() < 2) {
            throw new RuleViolation(Rule.ALLIANCE_NEEDS_TWO_PARTNERS,
                    "an alliance needs at least two partners, got " + partners.size());
        }
    }

    private static void assertPartnersDistinct(List<PartnerId> partners) {
        if (new HashSet<>(partners).size() != partners.size()) {
            throw new RuleViolation(Rule.PARTNERS_MUST_BE_DISTINCT,
                    "each partner may be listed only once, got " + partners);
        }
    }

    private static void assertProposerIsPartner(PartnerId proposer, List<PartnerId> partners) {
        if (!partners.contains(proposer)) {
            throw new RuleViolation(Rule.PROPOSER_MUST_BE_PARTNER,
                    "partner " + proposer + " may only propose an alliance it takes part in; partners are " + partners);
        }
    }

    private void assertPartnerOfAlliance(PartnerId partner) {
        if (!partners.contains(partner)) {
            throw new RuleViolation(Rule.NOT_A_PARTNER_OF_ALLIANCE,
                    "partner " + partner + " is not a partner of this alliance");
        }
    }

    private void assertAwaitingAcceptance() {
        if (status != AllianceStatus.PROPOSED) {
            throw new RuleViolation(Rule.ALLIANCE_NOT_AWAITING_ACCEPTANCE,
                    "the alliance is " + status + ", not awaiting acceptance");
        }
    }

    @EventSourcingHandler
    void on(AllianceProposed event) {
        allianceId = event.allianceId();
        partners = event.partners();
        status = AllianceStatus.PROPOSED;
        accepted.add(event.proposedBy());
    }

    @EventSourcingHandler
    void on(AllianceAccepted event) {
        accepted.add(event.partner());
    }

    @EventSourcingHandler
    void on(AllianceActivated event) {
        status = AllianceStatus.ACTIVE;
    }
}

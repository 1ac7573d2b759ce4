package org.allianceledger.core.alliance;

import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.rule.Rule;
import org.allianceledger.core.rule.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One alliance between two or more partners: its status, agreed terms and campaigns.
 * Command handlers check, decide and apply; event-sourcing handlers only assign state.
 */
public class Alliance {

    @AggregateIdentifier
    private AllianceId allianceId;
    private List<PartnerId> partners;
    private PartnerId proposedBy;
    private final Set<PartnerId> accepted = new LinkedHashSet<>();
    private AllianceStatus status;
    private TermsHistory terms;
    private final Map<AmendmentId, PendingAmendment> pendingAmendments = new HashMap<>();
    private final Set<AmendmentId> amendmentIds = new HashSet<>();

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

    @CommandHandler
    void handle(DeclineAlliance command) {
        assertPartnerOfAlliance(command.partner());
        assertAwaitingAcceptance();
        if (accepted.contains(command.partner())) {
            throw new RuleViolation(proposedBy.equals(command.partner())
                    ? Rule.PROPOSER_CANNOT_DECLINE : Rule.ALREADY_ACCEPTED,
                    "partner " + command.partner() + " has already accepted this alliance and cannot decline it");
        }
        apply(new AllianceDeclined(allianceId, command.partner(), command.reason()));
    }

    @CommandHandler
    void handle(ProposeAmendment command) {
        assertPartnerOfAlliance(command.proposedBy());
        assertActive();
        if (amendmentIds.contains(command.amendmentId())) {
            throw new RuleViolation(Rule.AMENDMENT_ID_TAKEN,
                    "an amendment with id " + command.amendmentId() + " was already proposed");
        }
        command.terms().assertValidFor(partners);
        terms.assertEffectiveAfterLatest(command.terms());
        apply(new AmendmentProposed(allianceId, command.amendmentId(), command.proposedBy(), command.terms()));
    }

    @CommandHandler
    void handle(AcceptAmendment command) {
        assertPartnerOfAlliance(command.partner());
        assertActive();
        PendingAmendment pending = pendingAmendments.get(command.amendmentId());
        if (pending == null) {
            throw new RuleViolation(Rule.NO_SUCH_PENDING_AMENDMENT,
                    "no amendment " + command.amendmentId() + " awaits acceptance");
        }
        if (pending.acceptedBy().contains(command.partner())) {
            throw new RuleViolation(Rule.ALREADY_ACCEPTED,
                    "partner " + command.partner() + " has already accepted amendment " + command.amendmentId());
        }
        boolean lastAcceptance = pending.acceptedBy().size() + 1 == partners.size();
        if (lastAcceptance) {
            // another amendment may have been agreed since this one was proposed
            terms.assertEffectiveAfterLatest(pending.terms());
        }
        apply(new AmendmentAccepted(allianceId, command.amendmentId(), command.partner()));
        if (lastAcceptance) {
            apply(new TermsAmended(allianceId, command.amendmentId(), terms.latest().version() + 1, pending.terms()));
        }
    }

    @CommandHandler
    void handle(SuspendAlliance command) {
        assertPartnerOfAlliance(command.partner());
        assertActive();
        apply(new AllianceSuspended(allianceId, command.partner(), command.reason()));
    }

    @CommandHandler
    void handle(ResumeAlliance command) {
        assertPartnerOfAlliance(command.partner());
        if (status != AllianceStatus.SUSPENDED) {
            throw new RuleViolation(Rule.ALLIANCE_NOT_SUSPENDED, "the alliance is " + status + ", not suspended");
        }
        apply(new AllianceResumed(allianceId, command.partner()));
    }

    @CommandHandler
    void handle(DissolveAlliance command) {
        assertPartnerOfAlliance(command.partner());
        if (status != AllianceStatus.ACTIVE && status != AllianceStatus.SUSPENDED) {
            throw new RuleViolation(Rule.ALLIANCE_NOT_ACTIVE,
                    "only an active or suspended alliance can be dissolved; this one is " + status);
        }
        apply(new AllianceDissolved(allianceId, command.partner(), command.reason()));
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

    private void assertActive() {
        if (status != AllianceStatus.ACTIVE) {
            throw new RuleViolation(Rule.ALLIANCE_NOT_ACTIVE, "the alliance is " + status + ", not active");
        }
    }

    @EventSourcingHandler
    void on(AllianceProposed event) {
        allianceId = event.allianceId();
        partners = event.partners();
        proposedBy = event.proposedBy();
        status = AllianceStatus.PROPOSED;
        terms = TermsHistory.initial(event.terms());
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

    @EventSourcingHandler
    void on(AllianceDeclined event) {
        status = AllianceStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(AmendmentProposed event) {
        amendmentIds.add(event.amendmentId());
        pendingAmendments.put(event.amendmentId(), new PendingAmendment(event.terms(), Set.of(event.proposedBy())));
    }

    @EventSourcingHandler
    void on(AmendmentAccepted event) {
        pendingAmendments.computeIfPresent(event.amendmentId(), (id, pending) -> pending.acceptedBy(event.partner()));
    }

    @EventSourcingHandler
    void on(TermsAmended event) {
        pendingAmendments.remove(event.amendmentId());
        terms = terms.with(new TermsVersion(event.version(), event.terms()));
    }

    @EventSourcingHandler
    void on(AllianceSuspended event) {
        status = AllianceStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(AllianceResumed event) {
        status = AllianceStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(AllianceDissolved event) {
        status = AllianceStatus.DISSOLVED;
    }
}

package org.allianceledger.core.alliance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.core.allocation.Allocation;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.rule.Rule;
import org.allianceledger.core.rule.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One alliance between two or more partners: its status, agreed terms and campaigns.
 * Command handlers check, decide and apply; event-sourcing handlers only assign state. Its fields are
 * written as JSON in snapshots, so a long-lived alliance loads from its latest snapshot, not every event.
 * The revision names the snapshot's shape: Axon ignores a snapshot of another revision and loads the alliance
 * from its events instead. Revision 2 keeps a {@link RecordedSpend} per spend where snapshots without a
 * revision kept the whole event.
 */
@Revision("2")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Alliance {

    @AggregateIdentifier
    private AllianceId allianceId;
    private List<PartnerId> partners;
    private PartnerId proposedBy;
    private final Set<PartnerId> accepted = new HashSet<>();
    private AllianceStatus status;
    private TermsHistory terms;
    private final Map<AmendmentId, PendingAmendment> pendingAmendments = new HashMap<>();
    private final Set<AmendmentId> amendmentIds = new HashSet<>();
    private Currency currency;
    private final Map<CampaignId, Campaign> campaigns = new HashMap<>();
    private final Set<SpendId> spendIds = new HashSet<>();
    private final Set<PaymentId> paymentIds = new HashSet<>();

    protected Alliance() {
        // for Axon
    }

    @CommandHandler
    public Alliance(ProposeAlliance command) {
        assertAtLeastTwoPartners(command.partners());
        assertPartnersDistinct(command.partners());
        assertProposerIsPartner(command.proposedBy(), command.partners());
        assertSettleable(command.currency());
        command.terms().assertValidFor(command.partners());
        apply(new AllianceProposed(command.allianceId(), command.proposedBy(), command.name(), command.kind(),
                command.currency(), command.partners(), command.terms()));
    }

    @CommandHandler
    void handle(AcceptAlliance command) {
        assertPartnerOfAlliance(command.partner());
        status.assertAwaitingAcceptance();
        assertNotYetAccepted(command.partner());
        apply(new AllianceAccepted(allianceId, command.partner()));
        if (accepted.size() == partners.size()) {
            apply(new AllianceActivated(allianceId));
        }
    }

    @CommandHandler
    void handle(DeclineAlliance command) {
        assertPartnerOfAlliance(command.partner());
        status.assertAwaitingAcceptance();
        assertMayDecline(command.partner());
        apply(new AllianceDeclined(allianceId, command.partner(), command.reason()));
    }

    @CommandHandler
    void handle(ProposeAmendment command) {
        assertPartnerOfAlliance(command.proposedBy());
        status.assertActive();
        assertAmendmentIdFree(command.amendmentId());
        command.terms().assertValidFor(partners);
        terms.assertEffectiveAfterLatest(command.terms());
        apply(new AmendmentProposed(allianceId, command.amendmentId(), command.proposedBy(), command.terms()));
    }

    @CommandHandler
    void handle(AcceptAmendment command) {
        assertPartnerOfAlliance(command.partner());
        status.assertActive();
        PendingAmendment pending = assertAmendmentAcceptableBy(command.amendmentId(), command.partner());
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
        status.assertActive();
        apply(new AllianceSuspended(allianceId, command.partner(), command.reason()));
    }

    @CommandHandler
    void handle(ResumeAlliance command) {
        assertPartnerOfAlliance(command.partner());
        status.assertSuspended();
        apply(new AllianceResumed(allianceId, command.partner()));
    }

    @CommandHandler
    void handle(DissolveAlliance command) {
        assertPartnerOfAlliance(command.partner());
        status.assertDissolvable();
        apply(new AllianceDissolved(allianceId, command.partner(), command.reason()));
    }

    @CommandHandler
    void handle(LaunchCampaign command) {
        assertPartnerOfAlliance(command.partner());
        status.assertActive();
        assertCampaignIdFree(command.campaignId());
        assertEndsNotBeforeStart(command.startsOn(), command.endsOn());
        apply(new CampaignLaunched(allianceId, command.campaignId(), command.partner(), command.name(),
                command.startsOn(), command.endsOn()));
    }

    @CommandHandler
    void handle(CommitBudget command) {
        assertPartnerOfAlliance(command.partner());
        status.assertActive();
        assertPositiveInAllianceCurrency(command.amount());
        assertOpenCampaign(command.campaignId());
        apply(new BudgetCommitted(allianceId, command.campaignId(), command.partner(), command.amount()));
    }

    /** @return the recorded spend with its split, so the caller sees each partner's share at once */
    @CommandHandler
    SpendRecorded handle(RecordSpend command) {
        assertPartnerOfAlliance(command.payer());
        status.assertActive();
        assertPositiveInAllianceCurrency(command.amount());
        Campaign campaign = assertOpenCampaign(command.campaignId());
        assertSpendIdFree(command.spendId());
        campaign.assertWithinDates(command.incurredOn());
        campaign.assertInvoiceNotRecorded(command.vendor(), command.invoiceRef());
        TermsVersion inForce = terms.assertTermsInForceOn(command.incurredOn());
        Map<PartnerId, Money> shares = Allocation.split(command.amount(), costShareWeights(inForce.terms()));
        campaign.assertWithinCommitment(shares);
        SpendRecorded recorded = new SpendRecorded(allianceId, command.campaignId(), command.spendId(),
                command.payer(), command.amount(), command.category(), command.vendor(), command.invoiceRef(),
                command.incurredOn(), command.evidenceSha256(), inForce.version(), shares);
        apply(recorded);
        return recorded;
    }

    /** @return the reversal: the exact negative of the original split */
    @CommandHandler
    SpendReversed handle(ReverseSpend command) {
        assertPartnerOfAlliance(command.partner());
        status.assertStarted();
        RecordedSpend spend = assertCampaign(command.campaignId()).assertReversibleBy(command.spendId(), command.partner());
        Map<PartnerId, Money> negated = new LinkedHashMap<>();
        spend.shares().forEach((partner, share) -> negated.put(partner, share.negate()));
        SpendReversed reversal = new SpendReversed(allianceId, command.campaignId(), command.spendId(), spend.payer(),
                spend.amount().negate(), spend.incurredOn(), spend.termsVersion(), negated, command.reason());
        apply(reversal);
        return reversal;
    }

    @CommandHandler
    void handle(CloseCampaign command) {
        assertPartnerOfAlliance(command.partner());
        status.assertStarted();
        assertOpenCampaign(command.campaignId());
        apply(new CampaignClosed(allianceId, command.campaignId(), command.partner()));
    }

    /** Settlement payments stay possible while the alliance is suspended or dissolved. */
    @CommandHandler
    void handle(RecordSettlementPayment command) {
        assertPartnerOfAlliance(command.payer());
        status.assertStarted();
        assertPositiveInAllianceCurrency(command.amount());
        assertPaymentIdFree(command.paymentId());
        assertPaidToAnotherPartner(command.payer(), command.payee());
        apply(new SettlementPaymentRecorded(allianceId, command.paymentId(), command.payer(), command.payee(),
                command.amount(), command.paidOn(), command.reference()));
    }

    /** Cost-share weights in alliance partner order, the order that breaks ties between equal remainders. */
    private Map<PartnerId, Integer> costShareWeights(Terms inForce) {
        Map<PartnerId, Integer> weights = new LinkedHashMap<>();
        partners.forEach(partner -> weights.put(partner, inForce.costShareBps().get(partner).value()));
        return weights;
    }

    private Campaign assertCampaign(CampaignId campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        if (campaign == null) {
            throw new RuleViolation(Rule.NO_SUCH_CAMPAIGN, "this alliance has no campaign " + campaignId);
        }
        return campaign;
    }

    private Campaign assertOpenCampaign(CampaignId campaignId) {
        Campaign campaign = assertCampaign(campaignId);
        campaign.assertOpen();
        return campaign;
    }

    private void assertCampaignIdFree(CampaignId campaignId) {
        if (campaigns.containsKey(campaignId)) {
            throw new RuleViolation(Rule.CAMPAIGN_ID_TAKEN, "a campaign with id " + campaignId + " exists");
        }
    }

    /** A one-day campaign starts and ends on the same date. */
    private static void assertEndsNotBeforeStart(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolation(Rule.CAMPAIGN_DATES_REVERSED, "a campaign cannot end (" + endsOn
                    + ") before it starts (" + startsOn + ")");
        }
    }

    /** Spend ids are unique across the alliance, not only within one campaign. */
    private void assertSpendIdFree(SpendId spendId) {
        if (spendIds.contains(spendId)) {
            throw new RuleViolation(Rule.SPEND_ID_TAKEN, "a spend with id " + spendId + " is recorded");
        }
    }

    private void assertPaymentIdFree(PaymentId paymentId) {
        if (paymentIds.contains(paymentId)) {
            throw new RuleViolation(Rule.PAYMENT_ID_TAKEN, "a payment with id " + paymentId + " is recorded");
        }
    }

    /** A settlement payment moves money between two partners of this alliance. */
    private void assertPaidToAnotherPartner(PartnerId payer, PartnerId payee) {
        if (payee.equals(payer)) {
            throw new RuleViolation(Rule.PAYMENT_TO_SELF, "partner " + payer + " cannot pay itself");
        }
        if (!partners.contains(payee)) {
            throw new RuleViolation(Rule.PAYEE_NOT_A_PARTNER,
                    "partner " + payee + " is not a partner of this alliance and cannot be paid through it");
        }
    }

    private void assertPositiveInAllianceCurrency(Money amount) {
        amount.assertCurrency(currency);
        if (!amount.isPositive()) {
            throw new RuleViolation(Rule.AMOUNT_MUST_BE_POSITIVE, "the amount must be positive, got " + amount);
        }
    }

    /** Pseudo-currencies such as XAU or XXX have no minor unit, so nothing could be split to the cent. */
    private static void assertSettleable(Currency currency) {
        if (currency.getDefaultFractionDigits() < 0) {
            throw new RuleViolation(Rule.CURRENCY_NOT_SETTLEABLE,
                    currency.getCurrencyCode() + " has no minor unit and cannot be an alliance's settlement currency");
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
        AllianceMembership.assertPartnerOf(partners, partner);
    }

    private void assertNotYetAccepted(PartnerId partner) {
        if (accepted.contains(partner)) {
            throw new RuleViolation(Rule.ALREADY_ACCEPTED,
                    "partner " + partner + " has already accepted this alliance");
        }
    }

    /** Only a partner that has not accepted may decline; the proposer accepted by proposing, so it never may. */
    private void assertMayDecline(PartnerId partner) {
        if (accepted.contains(partner)) {
            throw new RuleViolation(proposedBy.equals(partner) ? Rule.PROPOSER_CANNOT_DECLINE : Rule.ALREADY_ACCEPTED,
                    "partner " + partner + " has already accepted this alliance and cannot decline it");
        }
    }

    /** Amendment ids stay taken once proposed, even after the amendment was agreed. */
    private void assertAmendmentIdFree(AmendmentId amendmentId) {
        if (amendmentIds.contains(amendmentId)) {
            throw new RuleViolation(Rule.AMENDMENT_ID_TAKEN,
                    "an amendment with id " + amendmentId + " was already proposed");
        }
    }

    /** @return the amendment, still awaiting acceptance and not yet accepted by this partner */
    private PendingAmendment assertAmendmentAcceptableBy(AmendmentId amendmentId, PartnerId partner) {
        PendingAmendment pending = pendingAmendments.get(amendmentId);
        if (pending == null) {
            throw new RuleViolation(Rule.NO_SUCH_PENDING_AMENDMENT,
                    "no amendment " + amendmentId + " awaits acceptance");
        }
        if (pending.acceptedBy().contains(partner)) {
            throw new RuleViolation(Rule.ALREADY_ACCEPTED,
                    "partner " + partner + " has already accepted amendment " + amendmentId);
        }
        return pending;
    }

    @EventSourcingHandler
    void on(AllianceProposed event) {
        allianceId = event.allianceId();
        partners = event.partners();
        proposedBy = event.proposedBy();
        currency = event.currency();
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

    @EventSourcingHandler
    void on(CampaignLaunched event) {
        campaigns.put(event.campaignId(), new Campaign(event.campaignId(), event.startsOn(), event.endsOn()));
    }

    @EventSourcingHandler
    void on(BudgetCommitted event) {
        campaigns.get(event.campaignId()).commit(event.partner(), event.amount());
    }

    @EventSourcingHandler
    void on(SpendRecorded event) {
        spendIds.add(event.spendId());
        campaigns.get(event.campaignId()).record(event);
    }

    @EventSourcingHandler
    void on(SpendReversed event) {
        campaigns.get(event.campaignId()).reverse(event);
    }

    @EventSourcingHandler
    void on(CampaignClosed event) {
        campaigns.get(event.campaignId()).close();
    }

    @EventSourcingHandler
    void on(SettlementPaymentRecorded event) {
        paymentIds.add(event.paymentId());
    }
}

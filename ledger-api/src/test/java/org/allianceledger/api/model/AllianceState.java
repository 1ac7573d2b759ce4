package org.allianceledger.api.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One alliance as the model keeps it: members, status, agreed terms versions and pending amendments,
 * campaigns, spend, customer journeys, payments, and what the journal must hold: each partner's position,
 * and the number and total amount of entries of each kind. The rules are the design's, in the model's words.
 */
final class AllianceState {

    enum Status { PROPOSED, ACTIVE, SUSPENDED }

    record Pending(Terms terms, Set<String> acceptedBy) {
    }

    record Spend(String spendId, String campaignId, String payer, BigDecimal amount, String invoice, int termsVersion,
                 Map<String, BigDecimal> shares) {
    }

    record Referral(String referralId, String referrer, String toPartner, Instant at) {
    }

    record Conversion(String conversionId, String customer, String receiver, int termsVersion, BigDecimal commission,
                      Map<String, Integer> weights, Map<String, BigDecimal> revenueShares,
                      Map<String, BigDecimal> commissionShares) {
    }

    static final String SPEND = "SPEND";
    static final String SPEND_REVERSAL = "SPEND_REVERSAL";
    static final String COMMISSION = "COMMISSION";
    static final String COMMISSION_REVERSAL = "COMMISSION_REVERSAL";
    static final String SETTLEMENT_PAYMENT = "SETTLEMENT_PAYMENT";

    final String allianceId;
    final List<String> partners;
    private Status status;
    private final Set<String> accepted;
    private final List<Terms> versions;
    private final Map<String, Pending> pending;
    private final Set<String> amendmentIds;
    private final Map<String, CampaignState> campaigns;
    private final Map<String, Spend> spends;
    private final Set<String> reversed;
    private final Set<String> paymentIds;
    /** Each customer's referrals in recording order, which breaks ties between referrals at one instant. */
    private final Map<String, List<Referral>> journeys;
    private final Map<String, Conversion> conversions;
    private final Set<String> refunded;
    private final Map<String, BigDecimal> positions;
    private final Map<String, Integer> journalEntries;
    private final Map<String, BigDecimal> journalAmounts;

    AllianceState(Command.ProposeAlliance proposal) {
        allianceId = proposal.allianceId();
        partners = List.copyOf(proposal.partners());
        status = Status.PROPOSED;
        accepted = new HashSet<>(Set.of(proposal.partner()));
        versions = new ArrayList<>(List.of(proposal.terms()));
        pending = new HashMap<>();
        amendmentIds = new HashSet<>();
        campaigns = new LinkedHashMap<>();
        spends = new LinkedHashMap<>();
        reversed = new HashSet<>();
        paymentIds = new HashSet<>();
        journeys = new LinkedHashMap<>();
        conversions = new LinkedHashMap<>();
        refunded = new HashSet<>();
        positions = new LinkedHashMap<>();
        partners.forEach(partner -> positions.put(partner, BigDecimal.ZERO.setScale(Split.CENT_SCALE)));
        journalEntries = new TreeMap<>();
        journalAmounts = new TreeMap<>();
    }

    private AllianceState(AllianceState original) {
        allianceId = original.allianceId;
        partners = original.partners;
        status = original.status;
        accepted = new HashSet<>(original.accepted);
        versions = new ArrayList<>(original.versions);
        pending = new HashMap<>(original.pending);
        amendmentIds = new HashSet<>(original.amendmentIds);
        campaigns = new LinkedHashMap<>();
        original.campaigns.forEach((id, campaign) -> campaigns.put(id, campaign.copy()));
        spends = new LinkedHashMap<>(original.spends);
        reversed = new HashSet<>(original.reversed);
        paymentIds = new HashSet<>(original.paymentIds);
        journeys = new LinkedHashMap<>();
        original.journeys.forEach((customer, referrals) -> journeys.put(customer, new ArrayList<>(referrals)));
        conversions = new LinkedHashMap<>(original.conversions);
        refunded = new HashSet<>(original.refunded);
        positions = new LinkedHashMap<>(original.positions);
        journalEntries = new TreeMap<>(original.journalEntries);
        journalAmounts = new TreeMap<>(original.journalAmounts);
    }

    AllianceState copy() {
        return new AllianceState(this);
    }

    Outcome apply(Command command) {
        if (!partners.contains(command.partner())) {
            return Outcome.refused(command.partner() + " is not a partner of this alliance, so cannot see it (404)");
        }
        return switch (command) {
            case Command.ProposeAlliance proposal -> Outcome.refused("alliance id " + proposal.allianceId() + " is taken");
            case Command.AcceptAlliance accept -> accept(accept);
            case Command.ProposeAmendment amendment -> propose(amendment);
            case Command.AcceptAmendment accept -> accept(accept);
            case Command.SuspendAlliance suspend -> suspend();
            case Command.ResumeAlliance resume -> resume();
            case Command.LaunchCampaign launch -> launch(launch);
            case Command.CommitBudget commit -> commit(commit);
            case Command.CloseCampaign close -> close(close);
            case Command.RecordSpend spend -> spend(spend);
            case Command.ReverseSpend reversal -> reverse(reversal);
            case Command.RecordReferral referral -> refer(referral);
            case Command.RecordConversion conversion -> convert(conversion);
            case Command.RefundConversion refund -> refund(refund);
            case Command.RecordPayment payment -> pay(payment);
        };
    }

    private Outcome accept(Command.AcceptAlliance command) {
        if (status != Status.PROPOSED) {
            return Outcome.refused("the alliance is " + status + ", not awaiting acceptance");
        }
        if (accepted.contains(command.partner())) {
            return Outcome.refused(command.partner() + " has already accepted");
        }
        accepted.add(command.partner());
        if (accepted.size() == partners.size()) {
            status = Status.ACTIVE;
        }
        return Outcome.success(Map.of("status", status.name()));
    }

    private Outcome propose(Command.ProposeAmendment command) {
        if (status != Status.ACTIVE) {
            return Outcome.refused("amendments need an active alliance; it is " + status);
        }
        if (amendmentIds.contains(command.amendmentId())) {
            return Outcome.refused("amendment id " + command.amendmentId() + " is taken");
        }
        if (!command.terms().sharesFit(partners)) {
            return Outcome.refused("the cost shares " + command.terms().costShareBps() + " do not fit " + partners);
        }
        if (!takesEffectAfterLatest(command.terms())) {
            return Outcome.refused("the amendment takes effect on " + command.terms().effectiveFrom()
                    + ", not after the latest terms (" + latestTerms().effectiveFrom() + ")");
        }
        amendmentIds.add(command.amendmentId());
        pending.put(command.amendmentId(), new Pending(command.terms(), Set.of(command.partner())));
        return Outcome.success();
    }

    private Outcome accept(Command.AcceptAmendment command) {
        if (status != Status.ACTIVE) {
            return Outcome.refused("amendments need an active alliance; it is " + status);
        }
        Pending amendment = pending.get(command.amendmentId());
        if (amendment == null) {
            return Outcome.refused("no amendment " + command.amendmentId() + " awaits acceptance");
        }
        if (amendment.acceptedBy().contains(command.partner())) {
            return Outcome.refused(command.partner() + " has already accepted amendment " + command.amendmentId());
        }
        Set<String> acceptedBy = new HashSet<>(amendment.acceptedBy());
        acceptedBy.add(command.partner());
        if (acceptedBy.size() < partners.size()) {
            pending.put(command.amendmentId(), new Pending(amendment.terms(), Set.copyOf(acceptedBy)));
        } else if (takesEffectAfterLatest(amendment.terms())) {
            pending.remove(command.amendmentId());
            versions.add(amendment.terms());
        } else {
            return Outcome.refused("another amendment agreed meanwhile takes effect on "
                    + latestTerms().effectiveFrom() + ", not before " + amendment.terms().effectiveFrom());
        }
        return Outcome.success(Map.of("termsVersion", String.valueOf(versions.size())));
    }

    private Outcome suspend() {
        if (status != Status.ACTIVE) {
            return Outcome.refused("only an active alliance can be suspended; it is " + status);
        }
        status = Status.SUSPENDED;
        return Outcome.success();
    }

    private Outcome resume() {
        if (status != Status.SUSPENDED) {
            return Outcome.refused("only a suspended alliance can be resumed; it is " + status);
        }
        status = Status.ACTIVE;
        return Outcome.success();
    }

    private Outcome launch(Command.LaunchCampaign command) {
        if (status != Status.ACTIVE) {
            return Outcome.refused("campaigns need an active alliance; it is " + status);
        }
        if (campaigns.containsKey(command.campaignId())) {
            return Outcome.refused("campaign id " + command.campaignId() + " is taken");
        }
        if (command.endsOn().isBefore(command.startsOn())) {
            return Outcome.refused("the campaign ends on " + command.endsOn() + ", before it starts");
        }
        campaigns.put(command.campaignId(), new CampaignState(command.campaignId(), command.startsOn(),
                command.endsOn(), partners));
        return Outcome.success();
    }

    private Outcome commit(Command.CommitBudget command) {
        if (status != Status.ACTIVE) {
            return Outcome.refused("budget needs an active alliance; it is " + status);
        }
        Optional<BigDecimal> amount = command.amount().positiveEuros();
        if (amount.isEmpty()) {
            return Outcome.refused("a commitment of " + command.amount() + " is not a positive amount in EUR");
        }
        CampaignState campaign = campaigns.get(command.campaignId());
        if (campaign == null || campaign.closed()) {
            return Outcome.refused("campaign " + command.campaignId() + " is missing or closed");
        }
        campaign.commit(command.partner(), amount.get());
        return Outcome.success();
    }

    private Outcome close(Command.CloseCampaign command) {
        if (status == Status.PROPOSED) {
            return Outcome.refused("the alliance was never agreed");
        }
        CampaignState campaign = campaigns.get(command.campaignId());
        if (campaign == null || campaign.closed()) {
            return Outcome.refused("campaign " + command.campaignId() + " is missing or closed");
        }
        campaign.close();
        return Outcome.success();
    }

    private Outcome spend(Command.RecordSpend command) {
        if (status != Status.ACTIVE) {
            return Outcome.refused("spend needs an active alliance; it is " + status);
        }
        Optional<BigDecimal> amount = command.amount().positiveEuros();
        if (amount.isEmpty()) {
            return Outcome.refused("a spend of " + command.amount() + " is not a positive amount in EUR");
        }
        CampaignState campaign = campaigns.get(command.campaignId());
        if (campaign == null || campaign.closed()) {
            return Outcome.refused("campaign " + command.campaignId() + " is missing or closed");
        }
        if (spends.containsKey(command.spendId())) {
            return Outcome.refused("spend id " + command.spendId() + " is taken");
        }
        if (!campaign.covers(command.incurredOn())) {
            return Outcome.refused(command.incurredOn() + " is outside the campaign (" + campaign.startsOn + " to "
                    + campaign.endsOn + ")");
        }
        String invoice = CampaignState.invoice(command.vendor(), command.invoiceRef());
        if (campaign.hasInvoice(invoice)) {
            return Outcome.refused("invoice " + invoice + " is already recorded in the campaign");
        }
        Optional<Integer> version = versionInForceOn(command.incurredOn());
        if (version.isEmpty()) {
            return Outcome.refused("no terms are in force on " + command.incurredOn());
        }
        Map<String, BigDecimal> shares = Split.byWeights(amount.get(), terms(version.get()).weightsIn(partners));
        Optional<String> over = campaign.overCommitment(shares);
        if (over.isPresent()) {
            return Outcome.refused("the share of " + over.get() + ", " + shares.get(over.get())
                    + ", would take it over its commitment of " + campaign.committed().get(over.get()));
        }
        campaign.book(invoice, shares);
        spends.put(command.spendId(), new Spend(command.spendId(), command.campaignId(), command.partner(), amount.get(),
                invoice, version.get(), shares));
        post(SPEND, amount.get(), spendLines(command.partner(), amount.get(), shares));
        return Outcome.success(shareFigures(version.get(), shares));
    }

    private Outcome reverse(Command.ReverseSpend command) {
        if (status == Status.PROPOSED) {
            return Outcome.refused("the alliance was never agreed");
        }
        Spend spend = spends.get(command.spendId());
        if (spend == null || !spend.campaignId().equals(command.campaignId())) {
            return Outcome.refused("no spend " + command.spendId() + " in campaign " + command.campaignId());
        }
        if (!spend.payer().equals(command.partner())) {
            return Outcome.refused("only " + spend.payer() + ", who paid it, may reverse spend " + command.spendId());
        }
        if (reversed.contains(command.spendId())) {
            return Outcome.refused("spend " + command.spendId() + " is already reversed");
        }
        reversed.add(command.spendId());
        campaigns.get(spend.campaignId()).unbook(spend.invoice(), spend.shares());
        post(SPEND_REVERSAL, spend.amount().negate(),
                Split.negated(spendLines(spend.payer(), spend.amount(), spend.shares())));
        return Outcome.success(shareFigures(spend.termsVersion(), Split.negated(spend.shares())));
    }

    private Outcome refer(Command.RecordReferral command) {
        if (status != Status.ACTIVE) {
            return Outcome.refused("referrals need an active alliance; it is " + status);
        }
        if (command.toPartner().equals(command.partner())) {
            return Outcome.refused(command.partner() + " cannot refer a customer to itself");
        }
        if (!partners.contains(command.toPartner())) {
            return Outcome.refused(command.toPartner() + " is not a partner of this alliance");
        }
        if (journeys.getOrDefault(command.customer(), List.of()).stream()
                .anyMatch(referral -> referral.referralId().equals(command.referralId()))) {
            return Outcome.refused("referral id " + command.referralId() + " is taken for this customer");
        }
        journeys.computeIfAbsent(command.customer(), customer -> new ArrayList<>()).add(new Referral(command.referralId(), command.partner(), command.toPartner(), command.occurredAt()));
        return Outcome.success();
    }

    private Outcome convert(Command.RecordConversion command) {
        if (status != Status.ACTIVE) {
            return Outcome.refused("conversions need an active alliance; it is " + status);
        }
        Optional<BigDecimal> revenue = command.revenue().positiveEuros();
        if (revenue.isEmpty()) {
            return Outcome.refused("revenue of " + command.revenue() + " is not a positive amount in EUR");
        }
        if (conversions.containsKey(command.conversionId())) {
            return Outcome.refused("conversion id " + command.conversionId() + " is taken in this alliance");
        }
        LocalDate day = LocalDate.ofInstant(command.occurredAt(), ZoneOffset.UTC);
        Optional<Integer> version = versionInForceOn(day);
        if (version.isEmpty()) {
            return Outcome.refused("no terms are in force on " + day);
        }
        Terms terms = terms(version.get());
        Map<String, Integer> weights = attribute(command.partner(), command.occurredAt(), terms,
                journeys.getOrDefault(command.customer(), List.of()));
        Conversion conversion;
        if (weights.isEmpty()) {
            BigDecimal zero = BigDecimal.ZERO.setScale(Split.CENT_SCALE);
            conversion = new Conversion(command.conversionId(), command.customer(), command.partner(), version.get(),
                    zero, weights, Map.of(), Map.of());
        } else {
            BigDecimal commission = Split.commission(revenue.get(), terms.commissionBps());
            conversion = new Conversion(command.conversionId(), command.customer(), command.partner(), version.get(),
                    commission, weights, Split.byWeights(revenue.get(), weights), Split.byWeights(commission, weights));
            post(COMMISSION, commission, commissionLines(conversion.receiver(), conversion.commissionShares()));
        }
        conversions.put(command.conversionId(), conversion);
        return Outcome.success(commissionFigures(conversion, 1));
    }

    private Outcome refund(Command.RefundConversion command) {
        if (status == Status.PROPOSED) {
            return Outcome.refused("the alliance was never agreed");
        }
        Conversion conversion = conversions.get(command.conversionId());
        if (conversion == null) {
            return Outcome.refused("no conversion " + command.conversionId() + " in this alliance (404)");
        }
        if (!conversion.receiver().equals(command.partner())) {
            return Outcome.refused("only " + conversion.receiver() + ", which earned the revenue, may refund it");
        }
        if (refunded.contains(command.conversionId())) {
            return Outcome.refused("conversion " + command.conversionId() + " is already refunded");
        }
        refunded.add(command.conversionId());
        if (!conversion.weights().isEmpty()) {
            post(COMMISSION_REVERSAL, conversion.commission().negate(),
                    Split.negated(commissionLines(conversion.receiver(), conversion.commissionShares())));
        }
        return Outcome.success(commissionFigures(conversion, -1));
    }

    private Outcome pay(Command.RecordPayment command) {
        if (status == Status.PROPOSED) {
            return Outcome.refused("the alliance was never agreed");
        }
        Optional<BigDecimal> amount = command.amount().positiveEuros();
        if (amount.isEmpty()) {
            return Outcome.refused("a payment of " + command.amount() + " is not a positive amount in EUR");
        }
        if (paymentIds.contains(command.paymentId())) {
            return Outcome.refused("payment id " + command.paymentId() + " is taken");
        }
        if (command.toPartner().equals(command.partner())) {
            return Outcome.refused(command.partner() + " cannot pay itself");
        }
        if (!partners.contains(command.toPartner())) {
            return Outcome.refused(command.toPartner() + " is not a partner of this alliance");
        }
        paymentIds.add(command.paymentId());
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        lines.put(command.partner(), amount.get());
        lines.put(command.toPartner(), amount.get().negate());
        post(SETTLEMENT_PAYMENT, amount.get(), lines);
        return Outcome.success();
    }

    /**
     * Referrals from other partners to the receiver within [at - lookback days, at]; FIRST_TOUCH and LAST_TOUCH
     * credit one (the first recorded among equal instants), LINEAR each one once.
     *
     * @return each credited referrer's weight, in partner order; empty when nothing qualifies
     */
    private Map<String, Integer> attribute(String receiver, Instant at, Terms terms, List<Referral> journey) {
        Instant windowStart = at.minus(Duration.ofDays(terms.lookbackDays()));
        List<Referral> qualifying = journey.stream()
                .filter(referral -> referral.toPartner().equals(receiver) && !referral.referrer().equals(receiver))
                .filter(referral -> !referral.at().isBefore(windowStart) && !referral.at().isAfter(at))
                .toList();
        List<Referral> credited = new ArrayList<>();
        for (Referral referral : qualifying) {
            switch (terms.attribution()) {
                case "FIRST_TOUCH" -> {
                    if (credited.isEmpty() || referral.at().isBefore(credited.getFirst().at())) {
                        credited = new ArrayList<>(List.of(referral));
                    }
                }
                case "LAST_TOUCH" -> {
                    if (credited.isEmpty() || referral.at().isAfter(credited.getFirst().at())) {
                        credited = new ArrayList<>(List.of(referral));
                    }
                }
                case "LINEAR" -> credited.add(referral);
                default -> throw new IllegalStateException("unknown attribution " + terms.attribution());
            }
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String partner : partners) {
            long count = credited.stream().filter(referral -> referral.referrer().equals(partner)).count();
            if (count > 0) {
                weights.put(partner, (int) count);
            }
        }
        return weights;
    }

    /** The payer is owed the whole amount, every partner owes its share. */
    private static Map<String, BigDecimal> spendLines(String payer, BigDecimal amount, Map<String, BigDecimal> shares) {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        shares.forEach((partner, share) -> lines.put(partner, (partner.equals(payer) ? amount : BigDecimal.ZERO)
                .subtract(share)));
        return lines;
    }

    /** Each referrer is owed its commission, the receiver owes the total. */
    private static Map<String, BigDecimal> commissionLines(String receiver, Map<String, BigDecimal> commissionShares) {
        Map<String, BigDecimal> lines = new LinkedHashMap<>(commissionShares);
        lines.put(receiver, commissionShares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).negate());
        return lines;
    }

    private void post(String kind, BigDecimal amount, Map<String, BigDecimal> lines) {
        BigDecimal sum = lines.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() != 0) {
            throw new IllegalStateException("the model's own " + kind + " entry " + lines + " sums to " + sum);
        }
        lines.forEach((partner, line) -> positions.merge(partner, line, BigDecimal::add));
        journalEntries.merge(kind, 1, Integer::sum);
        journalAmounts.merge(kind, amount, BigDecimal::add);
    }

    private static Map<String, String> shareFigures(int version, Map<String, BigDecimal> shares) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("termsVersion", String.valueOf(version));
        shares.forEach((partner, share) -> figures.put("share of " + partner, Outcome.money(share)));
        return figures;
    }

    /** @param sign 1 for the conversion, -1 for its refund */
    private static Map<String, String> commissionFigures(Conversion conversion, int sign) {
        BigDecimal factor = BigDecimal.valueOf(sign);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("termsVersion", String.valueOf(conversion.termsVersion()));
        figures.put("commission", Outcome.money(conversion.commission().multiply(factor)));
        conversion.weights().forEach((referrer, weight) -> figures.put("referrer " + referrer, Outcome.referrer(weight,
                Outcome.money(conversion.revenueShares().get(referrer).multiply(factor)),
                Outcome.money(conversion.commissionShares().get(referrer).multiply(factor)))));
        return figures;
    }

    private boolean takesEffectAfterLatest(Terms terms) {
        return terms.effectiveFrom().isAfter(latestTerms().effectiveFrom());
    }

    /** The version (1 for the proposal) in force on the day: the latest agreed one effective by then. */
    Optional<Integer> versionInForceOn(LocalDate day) {
        for (int version = versions.size(); version >= 1; version--) {
            if (!terms(version).effectiveFrom().isAfter(day)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    Terms terms(int version) {
        return versions.get(version - 1);
    }

    Terms latestTerms() {
        return versions.getLast();
    }

    int termsVersion() {
        return versions.size();
    }

    Status status() {
        return status;
    }

    Set<String> accepted() {
        return Set.copyOf(accepted);
    }

    Map<String, Pending> pending() {
        return Map.copyOf(pending);
    }

    Map<String, CampaignState> campaigns() {
        return campaigns;
    }

    Map<String, Spend> spends() {
        return spends;
    }

    Map<String, List<Referral>> journeys() {
        return journeys;
    }

    Map<String, Conversion> conversions() {
        return conversions;
    }

    /** Each partner's position, in partner order: positive, the alliance owes the partner. */
    Map<String, BigDecimal> positions() {
        return Map.copyOf(positions);
    }

    Map<String, Integer> journalEntries() {
        return Map.copyOf(journalEntries);
    }

    Map<String, BigDecimal> journalAmounts() {
        return Map.copyOf(journalAmounts);
    }

    List<String> settlementPlan() {
        return Settlement.plan(positions);
    }
}

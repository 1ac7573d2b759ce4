package org.allianceledger.api.model;

import org.allianceledger.core.testing.RandomInputs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Draws the next command from what the model holds: mostly one the ledger should accept, and about one in
 * {@value #INVALID_ONE_IN} broken on purpose (a rule violated, a partner acting where it may not). Many valid
 * draws are refused anyway (a budget runs out, an alliance is suspended), as in life.
 * Numbers favour their edges (one cent, the largest amounts, a lookback window's last second).
 */
final class RandomCommands {

    static final int INVALID_ONE_IN = 6;
    private static final LocalDate FIRST_TERMS = LocalDate.of(2027, 1, 1);
    private static final Instant FIRST_REFERRAL = FIRST_TERMS.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final List<String> VENDORS = List.of("Hall Rentals BV", "Ad Network", "Print Shop");
    private static final List<String> CUSTOMERS = List.of("c-1", "c-2", "c-3", "c-4", "c-5");
    private static final List<String> ATTRIBUTIONS = List.of("FIRST_TOUCH", "LAST_TOUCH", "LINEAR");

    private final RandomInputs random;
    private final List<String> partners;
    private final int allianceCount;
    private int invoiceNumber;

    /**
     * @param partners the partners of the run (three), each registered with a key
     * @param allianceCount how many alliances the run proposes
     */
    RandomCommands(RandomInputs random, List<String> partners, int allianceCount) {
        this.random = random;
        this.partners = List.copyOf(partners);
        this.allianceCount = allianceCount;
    }

    Command next(LedgerModel model) {
        List<AllianceState> all = model.alliances();
        List<AllianceState> proposed = all.stream().filter(a -> a.status() == AllianceState.Status.PROPOSED).toList();
        List<AllianceState> started = all.stream().filter(a -> a.status() != AllianceState.Status.PROPOSED).toList();
        List<Supplier<Command>> draws = new ArrayList<>();
        if (all.size() < allianceCount) {
            add(draws, 6, this::proposeAlliance);
        }
        if (!proposed.isEmpty()) {
            add(draws, 12, () -> acceptAlliance(random.oneOf(proposed)));
        }
        if (!started.isEmpty()) {
            List<AllianceState> withPending = started.stream().filter(a -> !a.pending().isEmpty()).toList();
            List<AllianceState> withCampaigns = started.stream().filter(a -> !a.campaigns().isEmpty()).toList();
            List<AllianceState> withOpenCampaigns = started.stream()
                    .filter(a -> a.campaigns().values().stream().anyMatch(c -> !c.closed())).toList();
            List<AllianceState> suspended = started.stream().filter(a -> a.status() == AllianceState.Status.SUSPENDED).toList();
            List<AllianceState> withSpend = started.stream().filter(a -> !a.spends().isEmpty()).toList();
            List<AllianceState> withConversions = started.stream().filter(a -> !a.conversions().isEmpty()).toList();
            List<AllianceState> unfunded = started.stream().filter(a -> !unfunded(a).isEmpty()).toList();
            add(draws, 3, () -> proposeAmendment(random.oneOf(started)));
            if (!withPending.isEmpty()) {
                add(draws, 5, () -> acceptAmendment(random.oneOf(withPending)));
            }
            add(draws, 1, () -> suspend(random.oneOf(started)));
            add(draws, 1, () -> resume(random.oneOf(started)));
            if (!suspended.isEmpty()) {
                add(draws, 4, () -> resume(random.oneOf(suspended)));
            }
            add(draws, withOpenCampaigns.isEmpty() ? 8 : 2, () -> launchCampaign(random.oneOf(started)));
            if (!withCampaigns.isEmpty()) {
                List<AllianceState> spending = withOpenCampaigns.isEmpty() ? withCampaigns : withOpenCampaigns;
                add(draws, 4, () -> commitBudget(random.oneOf(spending)));
                add(draws, 1, () -> closeCampaign(random.oneOf(withCampaigns)));
                add(draws, 14, () -> spend(random.oneOf(spending)));
            }
            if (!unfunded.isEmpty()) {
                add(draws, 6, () -> {
                    AllianceState alliance = random.oneOf(unfunded);
                    return commitBudget(alliance, random.oneOf(unfunded(alliance)));
                });
            }
            if (!withSpend.isEmpty()) {
                add(draws, 4, () -> reverseSpend(random.oneOf(withSpend)));
            }
            add(draws, 10, () -> referral(random.oneOf(started)));
            add(draws, 8, () -> conversion(random.oneOf(started)));
            if (!withConversions.isEmpty()) {
                add(draws, 3, () -> refund(random.oneOf(withConversions)));
            }
            add(draws, 5, () -> payment(random.oneOf(started)));
        }
        return random.oneOf(draws).get();
    }

    private static void add(List<Supplier<Command>> draws, int weight, Supplier<Command> draw) {
        for (int i = 0; i < weight; i++) {
            draws.add(draw);
        }
    }

    private boolean invalid() {
        return random.oneIn(INVALID_ONE_IN);
    }

    private Command proposeAlliance() {
        List<String> members = shuffled(partners);
        if (random.oneIn(2)) {
            members = members.subList(0, 2);
        }
        String proposer = random.oneOf(members);
        Terms terms = terms(members, FIRST_TERMS);
        if (invalid()) {
            if (members.size() < partners.size() && random.oneIn(2)) {
                proposer = outsider(members);
            } else {
                terms = brokenShares(terms);
            }
        }
        return new Command.ProposeAlliance(proposer, UUID.randomUUID().toString(), members, terms);
    }

    private Command acceptAlliance(AllianceState alliance) {
        List<String> waiting = alliance.partners.stream().filter(p -> !alliance.accepted().contains(p)).toList();
        String partner = invalid() || waiting.isEmpty() ? anyoneBut(waiting, alliance) : random.oneOf(waiting);
        return new Command.AcceptAlliance(partner, alliance.allianceId);
    }

    private Command proposeAmendment(AllianceState alliance) {
        LocalDate latest = alliance.latestTerms().effectiveFrom();
        boolean invalid = invalid();
        LocalDate effectiveFrom = invalid ? latest.minusDays(random.between(0, 30))
                : latest.plusDays(random.between(1, 120));
        return new Command.ProposeAmendment(member(alliance), alliance.allianceId, UUID.randomUUID().toString(),
                terms(alliance.partners, effectiveFrom));
    }

    private Command acceptAmendment(AllianceState alliance) {
        Map.Entry<String, AllianceState.Pending> pending = random.oneOf(List.copyOf(alliance.pending().entrySet()));
        List<String> waiting = alliance.partners.stream()
                .filter(partner -> !pending.getValue().acceptedBy().contains(partner)).toList();
        if (invalid()) {
            String amendmentId = random.oneIn(3) ? UUID.randomUUID().toString() : pending.getKey();
            return new Command.AcceptAmendment(random.oneOf(List.copyOf(pending.getValue().acceptedBy())),
                    alliance.allianceId, amendmentId);
        }
        return new Command.AcceptAmendment(random.oneOf(waiting), alliance.allianceId, pending.getKey());
    }

    private Command suspend(AllianceState alliance) {
        return new Command.SuspendAlliance(member(alliance), alliance.allianceId);
    }

    private Command resume(AllianceState alliance) {
        return new Command.ResumeAlliance(member(alliance), alliance.allianceId);
    }

    private Command launchCampaign(AllianceState alliance) {
        LocalDate startsOn = random.oneIn(6) ? FIRST_TERMS.minusDays(random.between(1, 31))
                : FIRST_TERMS.plusDays(random.between(0, 600));
        LocalDate endsOn = invalid() ? startsOn.minusDays(random.between(1, 30)) : startsOn.plusDays(random.between(0, 300));
        return new Command.LaunchCampaign(member(alliance), alliance.allianceId, UUID.randomUUID().toString(),
                startsOn, endsOn);
    }

    private Command commitBudget(AllianceState alliance) {
        return commitBudget(alliance, campaign(alliance));
    }

    /** Half the time the partner with the least budget left in the campaign commits more. */
    private Command commitBudget(AllianceState alliance, CampaignState campaign) {
        Cash amount = invalid() ? brokenAmount() : Cash.euroCents(random.between(1L, 2_000_000L));
        String partner = random.oneIn(2) ? member(alliance) : alliance.partners.stream()
                .min(Comparator.comparing(p -> campaign.committed().get(p).subtract(campaign.spent().get(p))))
                .orElseThrow();
        return new Command.CommitBudget(partner, alliance.allianceId, campaign.campaignId, amount);
    }

    private Command closeCampaign(AllianceState alliance) {
        return new Command.CloseCampaign(member(alliance), alliance.allianceId, campaign(alliance).campaignId);
    }

    /**
     * Mostly in a campaign whose budgets cover some spend; where none does, mostly a commitment to one first.
     */
    private Command spend(AllianceState alliance) {
        List<CampaignState> funded = alliance.campaigns().values().stream()
                .filter(c -> !c.closed() && affordable(alliance, c).filter(most -> most.signum() > 0).isPresent())
                .toList();
        List<CampaignState> unfunded = unfunded(alliance);
        if (funded.isEmpty() && !unfunded.isEmpty() && !random.oneIn(4)) {
            return commitBudget(alliance, random.oneOf(unfunded));
        }
        CampaignState campaign = funded.isEmpty() || random.oneIn(INVALID_ONE_IN) ? campaign(alliance) : random.oneOf(funded);
        String payer = member(alliance);
        String spendId = UUID.randomUUID().toString();
        Cash amount = affordable(alliance, campaign)
                .filter(most -> most.signum() > 0 && !random.oneIn(4))
                .map(most -> Cash.euroCents(random.between(1L, most.movePointRight(2).longValueExact())))
                .orElseGet(() -> Cash.euroCents(random.between(1L, 300_000L)));
        String vendor = vendor();
        String invoiceRef = "INV-" + ++invoiceNumber;
        long days = Duration.between(campaign.startsOn.atStartOfDay(), campaign.endsOn.atStartOfDay()).toDays();
        LocalDate incurredOn = campaign.startsOn.plusDays(random.between(0L, days));
        List<AllianceState.Spend> spendHere = alliance.spends().values().stream()
                .filter(spend -> spend.campaignId().equals(campaign.campaignId)).toList();
        if (!spendHere.isEmpty() && random.oneIn(8)) {
            // the invoice of an earlier spend: a duplicate, unless that spend was reversed
            String[] invoice = random.oneOf(spendHere).invoice().split(" / ");
            vendor = invoice[0].toUpperCase(Locale.ROOT);
            invoiceRef = invoice[1];
        }
        if (invalid()) {
            switch (random.between(0, 3)) {
                case 0 -> incurredOn = random.oneIn(2) ? campaign.startsOn.minusDays(1) : campaign.endsOn.plusDays(1);
                case 1 -> amount = brokenAmount();
                case 2 -> spendId = spendHere.isEmpty() ? spendId : random.oneOf(spendHere).spendId();
                default -> payer = anyoneBut(List.of(payer), alliance);
            }
        }
        return new Command.RecordSpend(payer, alliance.allianceId, campaign.campaignId, spendId, amount, vendor,
                invoiceRef, incurredOn);
    }

    /** Open campaigns in which some partner with a cost share has no budget left: no spend fits. */
    private static List<CampaignState> unfunded(AllianceState alliance) {
        return alliance.campaigns().values().stream()
                .filter(campaign -> !campaign.closed())
                .filter(campaign -> affordable(alliance, campaign).filter(most -> most.signum() > 0).isEmpty())
                .toList();
    }

    /**
     * About the largest spend every partner's budget still covers, whichever terms version prices it: each
     * partner's budget left divided by its largest cost share. Its shares may still round a cent over a budget,
     * which is the point.
     */
    private static Optional<BigDecimal> affordable(AllianceState alliance, CampaignState campaign) {
        return alliance.partners.stream()
                .filter(partner -> largestShare(alliance, partner) > 0)
                .map(partner -> campaign.committed().get(partner).subtract(campaign.spent().get(partner))
                        .multiply(BigDecimal.valueOf(Terms.WHOLE))
                        .divide(BigDecimal.valueOf(largestShare(alliance, partner)), Split.CENT_SCALE, RoundingMode.DOWN))
                .min(Comparator.naturalOrder());
    }

    private static int largestShare(AllianceState alliance, String partner) {
        int largest = 0;
        for (int version = 1; version <= alliance.termsVersion(); version++) {
            largest = Math.max(largest, alliance.terms(version).costShareBps().get(partner));
        }
        return largest;
    }

    private Command reverseSpend(AllianceState alliance) {
        AllianceState.Spend spend = random.oneOf(List.copyOf(alliance.spends().values()));
        if (invalid()) {
            return random.oneIn(3)
                    ? new Command.ReverseSpend(spend.payer(), alliance.allianceId, spend.campaignId(), UUID.randomUUID().toString())
                    : new Command.ReverseSpend(anyoneBut(List.of(spend.payer()), alliance), alliance.allianceId,
                    spend.campaignId(), spend.spendId());
        }
        return new Command.ReverseSpend(spend.payer(), alliance.allianceId, spend.campaignId(), spend.spendId());
    }

    /**
     * Half the time another referral of a customer already referred, to the same partner and near the same
     * moment (sometimes at the very instant, where the first recorded wins a touch), so that windows hold
     * several referrals.
     */
    private Command referral(AllianceState alliance) {
        String customer = random.oneOf(CUSTOMERS);
        List<AllianceState.Referral> earlier = alliance.journeys().getOrDefault(customer, List.of());
        String toPartner = member(alliance);
        Instant at = FIRST_REFERRAL.plus(Duration.ofHours(random.between(0, 540 * 24)));
        if (!earlier.isEmpty() && random.oneIn(2)) {
            AllianceState.Referral near = random.oneOf(earlier);
            toPartner = near.toPartner();
            at = random.oneIn(8) ? near.at() : near.at().plus(Duration.ofHours(random.between(-240, 240)));
        }
        String receiver = toPartner;
        String referrer = random.oneOf(alliance.partners.stream().filter(p -> !p.equals(receiver)).toList());
        if (invalid()) {
            toPartner = random.oneIn(2) ? referrer : anyoneBut(alliance.partners, alliance);
        }
        return new Command.RecordReferral(referrer, alliance.allianceId, UUID.randomUUID().toString(), toPartner,
                customer, at);
    }

    /** Mostly a sale to a customer some partner referred to the seller, inside or just outside the window. */
    private Command conversion(AllianceState alliance) {
        List<Map.Entry<String, AllianceState.Referral>> referrals = new ArrayList<>();
        alliance.journeys().forEach((customer, journey) -> journey.forEach(r -> referrals.add(Map.entry(customer, r))));
        String customer = random.oneOf(CUSTOMERS);
        String receiver = member(alliance);
        Instant at = FIRST_REFERRAL.plus(Duration.ofHours(random.between(0, 540 * 24)));
        if (!referrals.isEmpty() && !random.oneIn(5)) {
            Map.Entry<String, AllianceState.Referral> referral = random.oneOf(referrals);
            customer = referral.getKey();
            receiver = referral.getValue().toPartner();
            Duration lookback = Duration.ofDays(alliance.latestTerms().lookbackDays());
            at = switch (random.between(0, 5)) {
                case 0 -> referral.getValue().at().plus(lookback);
                case 1 -> referral.getValue().at().plus(lookback).plusSeconds(1);
                case 2 -> referral.getValue().at();
                default -> referral.getValue().at().plus(Duration.ofHours(random.between(0L, lookback.toHours())));
            };
        }
        String conversionId = UUID.randomUUID().toString();
        Cash revenue = Cash.euroCents(random.between(1L, 500_000L));
        if (invalid()) {
            switch (random.between(0, 2)) {
                case 0 -> at = FIRST_REFERRAL.minus(Duration.ofHours(random.between(1, 24 * 30)));
                case 1 -> revenue = brokenAmount();
                default -> conversionId = alliance.conversions().isEmpty() ? conversionId
                        : random.oneOf(List.copyOf(alliance.conversions().keySet()));
            }
        }
        return new Command.RecordConversion(receiver, alliance.allianceId, conversionId, customer, revenue, at);
    }

    private Command refund(AllianceState alliance) {
        AllianceState.Conversion conversion = random.oneOf(List.copyOf(alliance.conversions().values()));
        if (invalid()) {
            return random.oneIn(3)
                    ? new Command.RefundConversion(conversion.receiver(), alliance.allianceId, UUID.randomUUID().toString())
                    : new Command.RefundConversion(anyoneBut(List.of(conversion.receiver()), alliance),
                    alliance.allianceId, conversion.conversionId());
        }
        return new Command.RefundConversion(conversion.receiver(), alliance.allianceId, conversion.conversionId());
    }

    /** Some payments settle the first transfer of the plan exactly. */
    private Command payment(AllianceState alliance) {
        String payer = member(alliance);
        String payee = random.oneOf(alliance.partners.stream().filter(p -> !p.equals(payer)).toList());
        Cash amount = Cash.euroCents(random.between(1L, 100_000L));
        List<String> plan = alliance.settlementPlan();
        if (!plan.isEmpty() && random.oneIn(4)) {
            String[] transfer = plan.getFirst().split("->| ");
            return new Command.RecordPayment(transfer[0], alliance.allianceId, UUID.randomUUID().toString(),
                    transfer[1], Cash.euros(new BigDecimal(transfer[2])), paidOn());
        }
        if (invalid()) {
            switch (random.between(0, 2)) {
                case 0 -> payee = payer;
                case 1 -> amount = brokenAmount();
                default -> payee = anyoneBut(alliance.partners, alliance);
            }
        }
        return new Command.RecordPayment(payer, alliance.allianceId, UUID.randomUUID().toString(), payee, amount,
                paidOn());
    }

    private LocalDate paidOn() {
        return FIRST_TERMS.plusDays(random.between(0, 700));
    }

    /** Cost shares adding up to 10000: cut points over 0..10000, or equal shares (the odd-cent split). */
    private Terms terms(List<String> members, LocalDate effectiveFrom) {
        List<Integer> shares = new ArrayList<>();
        if (random.oneIn(6)) {
            for (int i = 0; i < members.size(); i++) {
                shares.add(Terms.WHOLE / members.size() + (i < Terms.WHOLE % members.size() ? 1 : 0));
            }
        } else {
            List<Integer> cuts = new ArrayList<>();
            for (int i = 1; i < members.size(); i++) {
                cuts.add(random.between(0, Terms.WHOLE));
            }
            cuts.sort(Integer::compare);
            int previous = 0;
            for (int cut : cuts) {
                shares.add(cut - previous);
                previous = cut;
            }
            shares.add(Terms.WHOLE - previous);
        }
        Map<String, Integer> costShares = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            costShares.put(members.get(i), shares.get(i));
        }
        return new Terms(effectiveFrom, costShares, random.between(0, 3000), random.oneOf(ATTRIBUTIONS),
                random.between(1, 60));
    }

    private Terms brokenShares(Terms terms) {
        Map<String, Integer> shares = new LinkedHashMap<>(terms.costShareBps());
        String first = shares.keySet().iterator().next();
        shares.merge(first, shares.get(first) == 0 ? 1 : -1, Integer::sum);
        return new Terms(terms.effectiveFrom(), shares, terms.commissionBps(), terms.attribution(), terms.lookbackDays());
    }

    /** Nothing the ledger takes: zero, negative, a tenth of a cent, another currency. */
    private Cash brokenAmount() {
        return random.oneOf(List.of(new Cash("0.00", Cash.EUR), new Cash("-10.00", Cash.EUR),
                new Cash("10.005", Cash.EUR), new Cash("10.00", "USD")));
    }

    private String vendor() {
        String vendor = random.oneOf(VENDORS);
        return random.oneIn(4) ? vendor.toUpperCase(Locale.ROOT) : vendor;
    }

    /** Mostly an open campaign, when there is one. */
    private CampaignState campaign(AllianceState alliance) {
        List<CampaignState> open = alliance.campaigns().values().stream().filter(c -> !c.closed()).toList();
        return random.oneOf(open.isEmpty() || random.oneIn(INVALID_ONE_IN) ? List.copyOf(alliance.campaigns().values()) : open);
    }

    private String member(AllianceState alliance) {
        return random.oneOf(alliance.partners);
    }

    /** A partner of the run other than those excluded: one outside the alliance sees only 404. */
    private String anyoneBut(List<String> excluded, AllianceState alliance) {
        List<String> others = partners.stream().filter(p -> !excluded.contains(p)).toList();
        return others.isEmpty() ? member(alliance) : random.oneOf(others);
    }

    private String outsider(List<String> members) {
        return partners.stream().filter(p -> !members.contains(p)).findFirst().orElseThrow();
    }

    private List<String> shuffled(List<String> list) {
        List<String> shuffled = new ArrayList<>(list);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.between(0, i);
            String swapped = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swapped);
        }
        return shuffled;
    }
}

package org.allianceledger.api.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the service shows of one alliance after a step: status and terms version (read-your-write), and from
 * the projections each partner's balance, every campaign's budgets, the settlement plan and the journal's totals.
 */
record AllianceReading(String allianceId, List<String> partners, String status, int termsVersion,
                       Map<String, BigDecimal> balances, Map<String, Budgets> campaigns, List<String> plan,
                       Map<String, Integer> journalEntries, Map<String, BigDecimal> journalAmounts,
                       Map<String, BigDecimal> journalLines, List<String> unbalancedEntries) {

    /** One campaign's figures per partner. */
    record Budgets(boolean closed, Map<String, BigDecimal> committed, Map<String, BigDecimal> spent,
                   Map<String, BigDecimal> remaining) {
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    /** What must hold whatever the model says: positions sum to zero, every entry balances, at most N-1 transfers. */
    List<String> brokenInvariants() {
        List<String> broken = new ArrayList<>(unbalancedEntries);
        BigDecimal sum = balances.values().stream().reduce(ZERO, BigDecimal::add);
        if (sum.signum() != 0) {
            broken.add("the positions " + balances + " sum to " + sum + ", not to zero");
        }
        if (plan.size() > partners.size() - 1) {
            broken.add("the settlement plan has " + plan.size() + " transfers for " + partners.size() + " partners");
        }
        return broken;
    }

    /** Every figure in which the service differs from the model, in words: empty when they agree. */
    List<String> differencesFrom(AllianceState model) {
        List<String> differences = new ArrayList<>();
        same(differences, "status", status, model.status().name());
        same(differences, "terms version", termsVersion, model.termsVersion());
        Map<String, BigDecimal> positions = model.positions();
        if (!partners.containsAll(balances.keySet())) {
            differences.add("balances name partners " + balances.keySet() + " outside " + partners);
        }
        for (String partner : partners) {
            sameMoney(differences, "balance of " + partner, balances.getOrDefault(partner, ZERO), positions.get(partner));
            sameMoney(differences, "journal lines of " + partner, journalLines.getOrDefault(partner, ZERO),
                    positions.get(partner));
        }
        same(differences, "settlement plan", plan, model.settlementPlan());
        same(differences, "journal entries by kind", journalEntries, model.journalEntries());
        for (String kind : union(journalAmounts.keySet(), model.journalAmounts().keySet())) {
            sameMoney(differences, "journal amount of " + kind + " entries", journalAmounts.getOrDefault(kind, ZERO),
                    model.journalAmounts().getOrDefault(kind, ZERO));
        }
        same(differences, "campaigns", campaigns.keySet(), model.campaigns().keySet());
        model.campaigns().forEach((campaignId, expected) -> {
            Budgets budgets = campaigns.get(campaignId);
            if (budgets == null) {
                return;
            }
            String campaign = "campaign " + campaignId;
            same(differences, campaign + " closed", budgets.closed(), expected.closed());
            for (String partner : partners) {
                BigDecimal committed = expected.committed().get(partner);
                BigDecimal spent = expected.spent().get(partner);
                sameMoney(differences, campaign + " commitment of " + partner,
                        budgets.committed().getOrDefault(partner, ZERO), committed);
                sameMoney(differences, campaign + " spend of " + partner, budgets.spent().getOrDefault(partner, ZERO), spent);
                sameMoney(differences, campaign + " remaining budget of " + partner,
                        budgets.remaining().getOrDefault(partner, ZERO), committed.subtract(spent));
            }
        });
        return differences;
    }

    private static Set<String> union(Set<String> some, Set<String> others) {
        Set<String> union = new TreeSet<>(some);
        union.addAll(others);
        return union;
    }

    private static void same(List<String> differences, String figure, Object service, Object model) {
        if (!Objects.equals(service, model)) {
            differences.add(figure + ": service " + service + ", model " + model);
        }
    }

    private static void sameMoney(List<String> differences, String figure, BigDecimal service, BigDecimal model) {
        if (service.compareTo(model) != 0) {
            differences.add(figure + ": service " + service.toPlainString() + ", model " + model.toPlainString());
        }
    }
}

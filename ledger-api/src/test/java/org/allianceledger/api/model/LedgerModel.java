package org.allianceledger.api.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The reference model of the ledger: every alliance the run proposed, in proposal order. It decides each
 * command as the design says and predicts what the service must then show. Plain Java, exact BigDecimal money.
 */
final class LedgerModel {

    private final Map<String, AllianceState> alliances;

    LedgerModel() {
        alliances = new LinkedHashMap<>();
    }

    private LedgerModel(LedgerModel original) {
        alliances = new LinkedHashMap<>();
        original.alliances.forEach((id, alliance) -> alliances.put(id, alliance.copy()));
    }

    LedgerModel copy() {
        return new LedgerModel(this);
    }

    /** Decides the command and, when it is accepted, applies its effect. */
    Outcome apply(Command command) {
        if (command instanceof Command.ProposeAlliance proposal && !alliances.containsKey(proposal.allianceId())) {
            return propose(proposal);
        }
        AllianceState alliance = alliances.get(command.allianceId());
        return alliance == null ? Outcome.refused("no alliance " + command.allianceId() + " (404)")
                : alliance.apply(command);
    }

    private Outcome propose(Command.ProposeAlliance proposal) {
        List<String> partners = proposal.partners();
        if (partners.size() < 2 || new HashSet<>(partners).size() != partners.size()) {
            return Outcome.refused("an alliance needs two or more distinct partners, got " + partners);
        }
        if (!partners.contains(proposal.partner())) {
            return Outcome.refused(proposal.partner() + " may only propose an alliance it takes part in");
        }
        if (!proposal.terms().sharesFit(partners)) {
            return Outcome.refused("the cost shares " + proposal.terms().costShareBps() + " do not fit " + partners);
        }
        alliances.put(proposal.allianceId(), new AllianceState(proposal));
        return Outcome.success(Map.of("status", AllianceState.Status.PROPOSED.name()));
    }

    List<AllianceState> alliances() {
        return List.copyOf(alliances.values());
    }

    AllianceState alliance(String allianceId) {
        return alliances.get(allianceId);
    }

    /** The alliance's number in proposal order, from 1, for messages. */
    int numberOf(String allianceId) {
        return new ArrayList<>(alliances.keySet()).indexOf(allianceId) + 1;
    }

    /**
     * Commands sent at the same moment land in some order. The models, one per order of the commands (the
     * given order first), in which every command's outcome agrees with the service's answer to it.
     *
     * @param agrees whether the model's outcome for the i-th command agrees with the service's answer to it
     */
    List<Ordered> ordersAgreeingWith(List<Command> commands, BiPredicate<Integer, Outcome> agrees) {
        List<Ordered> agreeing = new ArrayList<>();
        for (List<Integer> order : permutations(commands.size())) {
            LedgerModel model = copy();
            Map<Integer, Outcome> outcomes = new LinkedHashMap<>();
            boolean all = true;
            for (int index : order) {
                Outcome outcome = model.apply(commands.get(index));
                outcomes.put(index, outcome);
                all &= agrees.test(index, outcome);
            }
            if (all) {
                agreeing.add(new Ordered(List.copyOf(commands), order, model, outcomes));
            }
        }
        return agreeing;
    }

    /** The commands applied in an order (of their indexes), the model after, and each command's outcome by index. */
    record Ordered(List<Command> commands, List<Integer> order, LedgerModel model, Map<Integer, Outcome> outcomes) {
    }

    private static List<List<Integer>> permutations(int size) {
        List<List<Integer>> permutations = new ArrayList<>();
        permute(new ArrayList<>(), size, permutations);
        return permutations;
    }

    private static void permute(List<Integer> prefix, int size, List<List<Integer>> permutations) {
        if (prefix.size() == size) {
            permutations.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < size; i++) {
            if (!prefix.contains(i)) {
                prefix.add(i);
                permute(prefix, size, permutations);
                prefix.removeLast();
            }
        }
    }
}

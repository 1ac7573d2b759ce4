package org.allianceledger.api.model;

import org.allianceledger.api.support.Concurrently;
import org.allianceledger.api.support.Http;
import org.allianceledger.core.testing.RandomInputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The driver of a model-based run. Each step draws from the model one command, several sent at the same
 * moment, or one sent several times at once with one Idempotency-Key; sends them as their partners; checks
 * every answer against the model (2xx or 4xx, and the figures of a 2xx); and once the projections have applied
 * every event, checks what the service shows of every alliance against the model. Commands sent at once may
 * land in any order: the step passes if some order explains both the answers and the views.
 */
final class ModelRun {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int CONCURRENT_ONE_IN = 7;
    private static final int DUPLICATED_ONE_IN = 9;
    private static final int RETRIED_ONE_IN = 6;

    private final Http http;
    private final Map<String, String> keys;
    private final RandomInputs random;
    private final RandomCommands commands;
    private final ServiceViews views;
    private final Runnable awaitProjections;
    private final Tally tally = new Tally();
    private final List<String> sent = new ArrayList<>();
    private LedgerModel model = new LedgerModel();

    /**
     * @param keys             each partner's API key, in the order of the run's partners
     * @param awaitProjections returns once every projection has applied every stored event
     */
    ModelRun(Http http, Map<String, String> keys, RandomInputs random, int allianceCount, ServiceViews views,
             Runnable awaitProjections) {
        this.http = http;
        this.keys = Map.copyOf(keys);
        this.random = random;
        this.commands = new RandomCommands(random, List.copyOf(keys.keySet()), allianceCount);
        this.views = views;
        this.awaitProjections = awaitProjections;
    }

    Tally tally() {
        return tally;
    }

    void step() {
        tally.step();
        sent.clear();
        if (random.oneIn(CONCURRENT_ONE_IN)) {
            concurrently();
        } else if (random.oneIn(DUPLICATED_ONE_IN)) {
            duplicated();
        } else {
            once();
        }
    }

    /** One command, and sometimes its retry with the same key: the same answer and no second effect. */
    private void once() {
        Command command = commands.next(model);
        String key = newKey();
        Http.Response answer = send(command, key, command.body());
        List<LedgerModel.Ordered> orders = agreeing(List.of(command), List.of(answer));
        if (random.oneIn(RETRIED_ONE_IN)) {
            retry(command, key, answer);
        }
        settle(orders);
    }

    /**
     * A retry gets the first answer again (a 2xx replayed as it was). A different request under a key already
     * used for a 2xx is refused. A refusal was not stored, so its retry is decided again, on the same state.
     */
    private void retry(Command command, String key, Http.Response first) {
        if (successful(first) && random.oneIn(4)) {
            tally.reusedKey();
            Http.Response reused = send(command, key, command.alteredBody());
            if (reused.status() != 422 || !"idempotency-key-reused".equals(reused.problem())) {
                throw fail("another request under the key of an accepted one was answered " + answerText(command, reused)
                        + ", not 422 idempotency-key-reused");
            }
            return;
        }
        tally.retried();
        Http.Response again = send(command, key, command.body());
        if (!sameAnswer(first, again) || successful(first) && !"true".equals(again.header("Idempotent-Replayed"))) {
            throw fail("the retry with the same key was answered " + answerText(command, again) + " (Idempotent-Replayed: "
                    + again.header("Idempotent-Replayed") + "), the first send " + answerText(command, first));
        }
    }

    /**
     * One command sent 2 or 3 times at once with one key, then once more: one effect; every copy gets the
     * final answer, or 409 conflict while the first copy is still running.
     */
    private void duplicated() {
        Command command = commands.next(model);
        String key = newKey();
        int copies = random.between(2, 3);
        List<Http.Response> answers = Concurrently.run(copies, copy -> send(command, key, command.body()));
        Http.Response last = send(command, key, command.body());
        tally.duplicated(copies);
        List<LedgerModel.Ordered> orders = agreeing(List.of(command), List.of(last));
        for (Http.Response answer : answers) {
            boolean inFlight = answer.status() == 409 && "conflict".equals(answer.problem());
            if (!inFlight && !sameAnswer(last, answer)) {
                throw fail("a copy sent at the same moment was answered " + answerText(command, answer) + ", the send after "
                        + answerText(command, last));
            }
        }
        settle(orders);
    }

    /** 2 to 4 different commands sent at the same moment, each with its own key. */
    private void concurrently() {
        tally.concurrentStep();
        List<Command> batch = batch(random.between(2, 4));
        List<String> batchKeys = batch.stream().map(command -> newKey()).toList();
        List<Http.Response> answers = Concurrently.run(batch.size(),
                i -> send(batch.get(i), batchKeys.get(i), batch.get(i).body()));
        settle(agreeing(batch, answers));
    }

    /**
     * Commands drawn from the same state. Not two referrals of one customer: the order they are recorded in
     * breaks ties between referrals at one instant, and no view would tell which order the service took.
     */
    private List<Command> batch(int size) {
        List<Command> batch = new ArrayList<>();
        for (int draws = 0; batch.size() < size && draws < 10 * size; draws++) {
            Command next = commands.next(model);
            if (!(next instanceof Command.RecordReferral referral && batch.stream().anyMatch(other ->
                    other instanceof Command.RecordReferral earlier && earlier.allianceId().equals(referral.allianceId())
                            && earlier.customer().equals(referral.customer())))) {
                batch.add(next);
            }
        }
        return batch;
    }

    private Http.Response send(Command command, String key, String body) {
        Http.Response answer = http.post(command.path(), keys.get(command.partner()), body, Map.of(IDEMPOTENCY_KEY, key));
        synchronized (sent) {
            sent.add(describe(command) + " -> " + answerText(command, answer));
        }
        return answer;
    }

    /** The orders of the commands in which the model agrees with every answer; fails when there is none. */
    private List<LedgerModel.Ordered> agreeing(List<Command> batch, List<Http.Response> answers) {
        for (int i = 0; i < batch.size(); i++) {
            if (answers.get(i).status() >= 500) {
                throw fail("the service answered " + answerText(batch.get(i), answers.get(i)));
            }
        }
        List<LedgerModel.Ordered> orders = model.ordersAgreeingWith(batch,
                (index, outcome) -> agrees(batch.get(index), outcome, answers.get(index)));
        if (orders.isEmpty()) {
            LedgerModel inGivenOrder = model.copy();
            StringBuilder disagreement = new StringBuilder(batch.size() == 1 ? "the model and the service disagree:"
                    : "no order of the commands sent at once explains the service's answers; in the order drawn:");
            for (int i = 0; i < batch.size(); i++) {
                Outcome outcome = inGivenOrder.apply(batch.get(i));
                disagreement.append("\n    ").append(describe(batch.get(i))).append("\n      the model says ")
                        .append(outcome).append(", the service answered ").append(answerText(batch.get(i), answers.get(i)))
                        .append(figureDifferences(batch.get(i), outcome, answers.get(i)));
            }
            throw fail(disagreement.toString());
        }
        return orders;
    }

    /** Each figure of a 2xx answer that differs from the model's, when both accepted the command. */
    private static String figureDifferences(Command command, Outcome outcome, Http.Response answer) {
        if (!outcome.accepted() || !successful(answer)) {
            return "";
        }
        Map<String, String> service = command.figuresOf(answer.body());
        Set<String> figures = new TreeSet<>(service.keySet());
        figures.addAll(outcome.figures().keySet());
        return figures.stream()
                .filter(figure -> !Objects.equals(service.get(figure), outcome.figures().get(figure)))
                .map(figure -> "\n      " + figure + ": service " + service.get(figure) + ", model " + outcome.figures().get(figure))
                .collect(Collectors.joining());
    }

    private static boolean agrees(Command command, Outcome outcome, Http.Response answer) {
        if (outcome.accepted()) {
            return successful(answer) && command.figuresOf(answer.body()).equals(outcome.figures());
        }
        return answer.status() >= 400 && answer.status() < 500;
    }

    /**
     * Once the projections caught up, the first order whose model shows what the service shows becomes the
     * model; money must be conserved in every alliance whatever the model says.
     */
    private void settle(List<LedgerModel.Ordered> orders) {
        awaitProjections.run();
        List<AllianceReading> readings;
        try {
            readings = orders.getFirst().model().alliances().stream()
                    .map(alliance -> views.read(alliance.allianceId, alliance.partners)).toList();
        } catch (AssertionError unreadable) {
            throw fail(unreadable.getMessage());
        }
        List<String> broken = new ArrayList<>();
        readings.forEach(reading -> reading.brokenInvariants().forEach(invariant ->
                broken.add(allianceName(reading.allianceId()) + ": " + invariant)));
        if (!broken.isEmpty()) {
            throw fail("money is not conserved:\n    " + String.join("\n    ", broken));
        }
        List<String> firstDifferences = null;
        for (LedgerModel.Ordered order : orders) {
            List<String> differences = new ArrayList<>();
            readings.forEach(reading -> reading.differencesFrom(order.model().alliance(reading.allianceId()))
                    .forEach(difference -> differences.add(allianceName(reading.allianceId()) + ": " + difference)));
            if (differences.isEmpty()) {
                model = order.model();
                order.order().forEach(index -> tally.decided(order.commands().get(index), order.outcomes().get(index)));
                return;
            }
            firstDifferences = firstDifferences == null ? differences : firstDifferences;
        }
        throw fail("the service's views differ from the model"
                + (orders.size() > 1 ? " in every order of the commands that explains their answers; in the first:" : ":")
                + "\n    " + String.join("\n    ", firstDifferences));
    }

    private String allianceName(String allianceId) {
        int number = model.numberOf(allianceId);
        return "alliance " + (number > 0 ? number : model.alliances().size() + 1) + " (" + allianceId + ")";
    }

    private String describe(Command command) {
        return command.kind() + " on " + allianceName(command.allianceId()) + ": " + command;
    }

    /** A 2xx answer by the figures the model predicts (its body when it has none), a refusal by its problem. */
    private static String answerText(Command command, Http.Response answer) {
        if (successful(answer)) {
            Map<String, String> figures = command.figuresOf(answer.body());
            return answer.status() + " " + (figures.isEmpty() ? answer.raw() : new TreeMap<>(figures));
        }
        return answer.status() + " " + answer.problem() + ": " + answer.body().path("detail").asText(answer.raw());
    }

    private static boolean sameAnswer(Http.Response expected, Http.Response actual) {
        return successful(expected) ? actual.status() == expected.status() && actual.raw().equals(expected.raw())
                : actual.status() == expected.status() && actual.problem().equals(expected.problem());
    }

    private static boolean successful(Http.Response answer) {
        return answer.status() >= 200 && answer.status() < 300;
    }

    private AssertionError fail(String what) {
        List<String> step;
        synchronized (sent) {
            step = List.copyOf(sent);
        }
        return new AssertionError(what + "\n  this step sent:\n    " + step.stream().collect(Collectors.joining("\n    ")));
    }

    private static String newKey() {
        return "model-" + UUID.randomUUID();
    }
}

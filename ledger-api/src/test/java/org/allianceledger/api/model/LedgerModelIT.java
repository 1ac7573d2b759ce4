package org.allianceledger.api.model;

import org.allianceledger.api.reliability.ReliabilityLedger;
import org.allianceledger.core.testing.RandomCases;
import org.allianceledger.core.testing.RandomInputs;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model-based test of the whole service over HTTP: three partners, two or three alliances, and a random
 * sequence of commands (alliances, amendments, suspensions, campaigns, budgets, spend and reversals,
 * referrals, conversions and refunds, settlement payments), some broken on purpose, some sent at the same
 * moment, some retried with their Idempotency-Key. After every step the answers, balances, budgets, journal
 * totals and settlement plan must be what the reference model in this package says, and every alliance's
 * positions must sum to zero. It shares the reliability tests' context: its retries move the replay counter
 * that other tests read as an exact value.
 * <p>
 * The draws come from one seed ({@code -Dledger.property.seed}, as for the property tests: {@code 20270101}
 * unless told, {@code new} draws one); {@code -Dledger.model.steps} sets how many steps (60 in the test
 * command). A failure names the step, the seed and the command that replays it.
 */
class LedgerModelIT extends ReliabilityLedger {

    static final String STEPS_PROPERTY = "ledger.model.steps";
    static final int DEFAULT_STEPS = 60;

    @Test
    void everyStepLeavesTheServiceAgreeingWithTheModel() {
        long seed = RandomCases.seed();
        int steps = steps();
        RandomInputs random = RandomCases.inputs(seed);
        String run = "m" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> keys = new LinkedHashMap<>();
        for (String partner : List.of("north", "south", "east")) {
            keys.put(run + "-" + partner, scenario.partnerKey(run + "-" + partner));
        }
        ModelRun model = new ModelRun(http, keys, random, random.between(2, 3), new ServiceViews(http, scenario::auditorKey),
                this::awaitProjectionsApplied);
        System.out.printf("model: seed=%d steps=%d%n", seed, steps);
        long started = System.nanoTime();

        for (int step = 1; step <= steps; step++) {
            try {
                model.step();
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError(failed(step, steps, seed) + "\n" + failure.getMessage() + "\n"
                        + model.tally().summary(seed, secondsSince(started)), failure);
            }
        }

        System.out.println(model.tally().summary(seed, secondsSince(started)));
        assertThat(model.tally().accepted()).as("commands the service accepted").isPositive();
        assertThat(model.tally().refused()).as("commands the service refused").isPositive();
    }

    private static String failed(int step, int steps, long seed) {
        return ("LedgerModelIT failed at step %d of %d from seed %d; replay it with%n"
                + "  ./mvnw -B verify -pl ledger-api -am -Dit.test=LedgerModelIT -Dtest=none"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -D%s=%d -D%s=%d")
                .formatted(step, steps, seed, RandomCases.SEED_PROPERTY, seed, STEPS_PROPERTY, step);
    }

    private static int steps() {
        String given = System.getProperty(STEPS_PROPERTY);
        if (given == null || given.isBlank()) {
            return DEFAULT_STEPS;
        }
        int steps = Integer.parseInt(given.trim());
        if (steps < 1) {
            throw new IllegalArgumentException(STEPS_PROPERTY + " must be a positive whole number, was '" + given + "'");
        }
        return steps;
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}

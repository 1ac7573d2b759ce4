package org.allianceledger.core.testing;

import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Runs a property over a fixed number of random cases drawn from one seed, so every run checks the same cases
 * and a failure can be replayed. The seed is {@value #FIXED_SEED} unless {@code -Dledger.property.seed=<n>}
 * gives another ({@code new} draws one, printed once); {@code -Dledger.property.cases=<n>} sets how many
 * cases every property runs. A failing case is reported with the seed, its index and the command that
 * replays it.
 */
public final class RandomCases {

    public static final String SEED_PROPERTY = "ledger.property.seed";
    public static final String CASES_PROPERTY = "ledger.property.cases";
    public static final long FIXED_SEED = 20270101L;
    public static final int DEFAULT_CASES = 1000;

    private static Long drawnSeed;

    private RandomCases() {
    }

    /** Runs the property over {@value #DEFAULT_CASES} cases (or as many as asked for); returns how many ran. */
    public static int run(Consumer<RandomInputs> property) {
        return run(DEFAULT_CASES, property);
    }

    /** Runs the property over {@code defaultCases} cases unless another number is asked for; returns how many ran. */
    public static int run(int defaultCases, Consumer<RandomInputs> property) {
        return run(seed(), cases(defaultCases), callingTest(), property);
    }

    /** The loop itself, with the seed, the number of cases and the test's name given. */
    static int run(long seed, int cases, String test, Consumer<RandomInputs> property) {
        SplittableRandom root = new SplittableRandom(seed);
        for (int index = 0; index < cases; index++) {
            RandomInputs inputs = new RandomInputs(root.split());
            try {
                property.accept(inputs);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError(failed(test, index, cases, seed) + "\n" + failure.getMessage(), failure);
            }
        }
        return cases;
    }

    private static String failed(String test, int index, int cases, long seed) {
        return "%s failed at case %d of %d from seed %d; replay it with%n  ./mvnw -B test -pl %s -Dtest='%s' -D%s=%d -D%s=%d"
                .formatted(test, index, cases, seed, module(), test, SEED_PROPERTY, seed, CASES_PROPERTY, cases);
    }

    /**
     * The seed of this run: {@value #FIXED_SEED}, the one {@code -Dledger.property.seed} gives, or one drawn
     * for {@code new} (printed once). For tests that follow one long random sequence instead of many cases.
     */
    public static long seed() {
        String given = System.getProperty(SEED_PROPERTY);
        if (given == null || given.isBlank()) {
            return FIXED_SEED;
        }
        if (given.equals("new")) {
            return drawn();
        }
        try {
            return Long.parseLong(given.trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number or 'new', was '" + given + "'");
        }
    }

    /** Inputs drawn from the seed alone: the same seed gives the same sequence of draws. */
    public static RandomInputs inputs(long seed) {
        return new RandomInputs(new SplittableRandom(seed));
    }

    /** One drawn seed for the whole test run, printed so that a failure found with it can be replayed. */
    private static synchronized long drawn() {
        if (drawnSeed == null) {
            drawnSeed = ThreadLocalRandom.current().nextLong();
            System.out.printf("%s=new drew seed %d%n", SEED_PROPERTY, drawnSeed);
        }
        return drawnSeed;
    }

    private static int cases(int defaultCases) {
        String given = System.getProperty(CASES_PROPERTY);
        if (given == null || given.isBlank()) {
            return defaultCases;
        }
        int cases;
        try {
            cases = Integer.parseInt(given.trim());
        } catch (NumberFormatException notANumber) {
            cases = 0;
        }
        if (cases < 1) {
            throw new IllegalArgumentException(CASES_PROPERTY + " must be a positive whole number, was '" + given + "'");
        }
        return cases;
    }

    /** {@code Class#method} of the test that called {@link #run}, as Surefire's {@code -Dtest} takes it. */
    private static String callingTest() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> !frame.getClassName().equals(RandomCases.class.getName()))
                .findFirst()
                .map(frame -> simpleName(frame.getClassName()) + "#" + enclosingMethod(frame.getMethodName()))
                .orElse("?"));
    }

    /** The test method a lambda ({@code lambda$name$0}) was written in. */
    private static String enclosingMethod(String methodName) {
        return methodName.startsWith("lambda$") ? methodName.split("\\$")[1] : methodName;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The module folder the tests run in (Surefire sets {@code basedir}), for {@code -pl}. */
    private static String module() {
        String folder = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(folder).getFileName().toString();
    }
}

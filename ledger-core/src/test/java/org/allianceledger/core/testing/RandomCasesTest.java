package org.allianceledger.core.testing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

class RandomCasesTest {

    @Test
    void theSameSeedDrawsTheSameCasesAndAnotherSeedOthers() {
        assertThat(draws(20270101L)).isEqualTo(draws(20270101L)).isNotEqualTo(draws(20270102L));
    }

    @Test
    void oneSequenceFromASeedIsTheSameEveryTime() {
        RandomInputs first = RandomCases.inputs(7L);
        RandomInputs again = RandomCases.inputs(7L);
        for (int i = 0; i < 100; i++) {
            assertThat(again.anyLong()).isEqualTo(first.anyLong());
        }
    }

    @Test
    void everyCaseRunsAndTheirCountIsReturned() {
        AtomicInteger ran = new AtomicInteger();

        int cases = RandomCases.run(7, 250, "SomeProperties#someRule", inputs -> ran.incrementAndGet());

        assertThat(cases).isEqualTo(250);
        assertThat(ran).hasValue(250);
    }

    @Test
    void aFailingCaseNamesItsSeedAndIndexAndHowToReplayIt() {
        AtomicInteger index = new AtomicInteger();
        AssertionError broken = new AssertionError("shares do not add up");

        assertThatThrownBy(() -> RandomCases.run(42L, 100, "SomeProperties#someRule", inputs -> {
            if (index.getAndIncrement() == 17) {
                throw broken;
            }
        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("SomeProperties#someRule failed at case 17 of 100 from seed 42")
                .hasMessageContaining("-Dtest='SomeProperties#someRule' -Dledger.property.seed=42 -Dledger.property.cases=100")
                .hasMessageEndingWith("shares do not add up")
                .hasCause(broken);
        assertThat(index).hasValue(18);
    }

    @Test
    void anExceptionOfTheCodeUnderTestIsReportedWithItsSeedToo() {
        assertThatThrownBy(() -> RandomCases.run(42L, 10, "SomeProperties#someRule", inputs -> {
            throw new IllegalStateException("unexpected");
        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("SomeProperties#someRule failed at case 0 of 10 from seed 42")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailureNamesTheTestThatRanTheCases() {
        assertThatThrownBy(() -> RandomCases.run(inputs -> fail("broken")))
                .hasMessageStartingWith("RandomCasesTest#aFailureNamesTheTestThatRanTheCases failed at case 0")
                .hasMessageContaining("-pl ledger-core");
    }

    @Test
    void numbersStayInTheirRangeAndReachItsEdges() {
        Set<Long> seen = new HashSet<>();
        RandomCases.run(1L, 2000, "RandomCasesTest", inputs -> {
            long value = inputs.between(-5L, 1_000_000L);
            assertThat(value).isBetween(-5L, 1_000_000L);
            seen.add(value);
            inputs.anyLong();
        });

        assertThat(seen).contains(-5L, -4L, -1L, 0L, 1L, 999_999L, 1_000_000L);
    }

    @Test
    void listsReachTheirShortestAndLongestSize() {
        Set<Integer> sizes = new HashSet<>();
        RandomCases.run(1L, 500, "RandomCasesTest", inputs -> sizes.add(inputs.listOf(0, 40, () -> 1).size()));

        assertThat(sizes).contains(0, 40).allMatch(size -> size >= 0 && size <= 40);
    }

    private static List<Long> draws(long seed) {
        List<Long> draws = new ArrayList<>();
        RandomCases.run(seed, 20, "RandomCasesTest", inputs -> draws.add(inputs.between(0L, Long.MAX_VALUE)));
        return draws;
    }
}

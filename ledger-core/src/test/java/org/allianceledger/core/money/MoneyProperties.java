package org.allianceledger.core.money;

import org.allianceledger.core.testing.RandomCases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final long MAX_CENTS = 99_999_999_999_999_99L;

    @Test
    void minorUnitsRoundTrip() {
        RandomCases.run(random -> {
            long cents = random.between(-MAX_CENTS, MAX_CENTS);

            Money money = Money.ofMinor(cents, EUR);

            assertThat(money.minorUnits()).isEqualTo(cents);
            assertThat(Money.of(money.amount().toPlainString(), "EUR")).isEqualTo(money);
        });
    }

    @Test
    void subtractingUndoesAdding() {
        RandomCases.run(random -> {
            long a = random.between(-1_000_000_000_000L, 1_000_000_000_000L);
            long b = random.between(-1_000_000_000_000L, 1_000_000_000_000L);
            Money x = Money.ofMinor(a, EUR);
            Money y = Money.ofMinor(b, EUR);

            assertThat(x.plus(y).minus(y)).isEqualTo(x);
            assertThat(x.plus(y)).isEqualTo(y.plus(x));
            assertThat(x.plus(x.negate()).isZero()).isTrue();
            assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.signum(a - b));
        });
    }

    @Test
    void aRateIsWithinHalfAMinorUnitAndSymmetricUnderNegation() {
        RandomCases.run(random -> {
            long cents = random.between(-1_000_000_000_000L, 1_000_000_000_000L);
            BasisPoints bps = random.basisPoints();
            Money money = Money.ofMinor(cents, EUR);

            Money rated = money.times(bps, RoundingMode.HALF_EVEN);

            BigDecimal exactCents = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(bps.value()))
                    .divide(BigDecimal.valueOf(BasisPoints.WHOLE));
            assertThat(BigDecimal.valueOf(rated.minorUnits()).subtract(exactCents).abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.5"));
            assertThat(money.negate().times(bps, RoundingMode.HALF_EVEN)).isEqualTo(rated.negate());
        });
    }
}

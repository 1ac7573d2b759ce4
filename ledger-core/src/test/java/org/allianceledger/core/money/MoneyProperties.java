package org.allianceledger.core.money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final long MAX_CENTS = 99_999_999_999_999_99L;

    @Property
    void minorUnitsRoundTrip(@ForAll @LongRange(min = -MAX_CENTS, max = MAX_CENTS) long cents) {
        Money money = Money.ofMinor(cents, EUR);

        assertThat(money.minorUnits()).isEqualTo(cents);
        assertThat(Money.of(money.amount().toPlainString(), "EUR")).isEqualTo(money);
    }

    @Property
    void subtractingUndoesAdding(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
                                 @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        Money x = Money.ofMinor(a, EUR);
        Money y = Money.ofMinor(b, EUR);

        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
        assertThat(x.plus(x.negate()).isZero()).isTrue();
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.signum(a - b));
    }

    @Property
    void aRateIsWithinHalfAMinorUnitAndSymmetricUnderNegation(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long cents,
            @ForAll @IntRange(min = 0, max = BasisPoints.WHOLE) int bps) {
        Money money = Money.ofMinor(cents, EUR);

        Money rated = money.times(BasisPoints.of(bps), RoundingMode.HALF_EVEN);

        BigDecimal exactCents = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(bps))
                .divide(BigDecimal.valueOf(BasisPoints.WHOLE));
        assertThat(BigDecimal.valueOf(rated.minorUnits()).subtract(exactCents).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.5"));
        assertThat(money.negate().times(BasisPoints.of(bps), RoundingMode.HALF_EVEN)).isEqualTo(rated.negate());
    }
}

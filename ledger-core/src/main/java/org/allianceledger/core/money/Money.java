package org.allianceledger.core.money;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one currency, at the currency's scale (2 decimals for EUR, 0 for JPY). An amount with
 * more decimals than the currency has is rejected, never rounded; combining currencies throws.
 * JSON: {@code {"amount": "1234.50", "currency": "EUR"}}, the amount as a string so no client parses it as
 * a binary floating-point number.
 */
// isZero/isPositive/isNegative are questions, not properties: keep them out of the JSON
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Currency currency)
        implements Comparable<Money> {

    /** Larger amounts are refused: no alliance books a quadrillion, and exact arithmetic stays in a long. */
    public static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = scaleOf(currency);
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException(amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + scale + "); amounts are never rounded silently,"
                    + " please give the exact amount");
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("amounts must be below " + LIMIT.toPlainString() + " in absolute value");
        }
        // UNNECESSARY: only pads (12.5 -> 12.50) or drops trailing zeros; the check above ruled out real digits
        amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        if (amount.unscaledValue().bitLength() > Long.SIZE - 1) {
            // only reachable for currencies with 4 decimals (CLF): minorUnits() must stay exact
            throw new IllegalArgumentException(amount.toPlainString() + " " + currency.getCurrencyCode()
                    + " is too large to book");
        }
    }

    @JsonCreator
    public static Money of(@JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") Currency currency) {
        return new Money(amount, currency);
    }

    /** Parses a plain decimal such as {@code "1234.50"} and an ISO 4217 code such as {@code "EUR"}. */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currency");
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(amount.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("'" + amount + "' is not an amount of money; write it like 1234.50");
        }
        return new Money(parsed, currencyOf(currencyCode));
    }

    /** The sum of the amounts, each in this currency (else IllegalArgumentException); zero when there are none. */
    public static Money sum(Currency currency, Collection<Money> amounts) {
        return amounts.stream().reduce(zero(currency), Money::plus);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The amount of so many minor units: {@code ofMinor(123450, EUR)} is 1234.50 EUR. */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
    }

    /** The amount in the currency's smallest unit (cents for EUR). */
    public long minorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    public Money plus(Money other) {
        assertSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        assertSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /**
     * This amount times a rate in basis points, brought back to the currency's scale by the given rounding.
     * The caller names the rounding because the terms decide it (commission rounds HALF_EVEN).
     */
    public Money times(BasisPoints rate, RoundingMode rounding) {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rounding, "rounding");
        // dividing by 10000 always terminates, so the product is exact before the one rounding
        BigDecimal exact = amount.multiply(BigDecimal.valueOf(rate.value()))
                .divide(BigDecimal.valueOf(BasisPoints.WHOLE));
        return new Money(exact.setScale(amount.scale(), rounding), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public void assertSameCurrency(Money other) {
        assertCurrency(other.currency);
    }

    /** Throws {@link CurrencyMismatch} unless this amount is in the expected currency. */
    public void assertCurrency(Currency expected) {
        if (!currency.equals(expected)) {
            throw new CurrencyMismatch(expected, currency);
        }
    }

    /** Orders amounts of one currency; comparing across currencies throws {@link CurrencyMismatch}. */
    @Override
    public int compareTo(Money other) {
        assertSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private static int scaleOf(Currency currency) {
        int scale = currency.getDefaultFractionDigits();
        if (scale < 0) {
            // gold (XAU), special drawing rights (XDR) and the like have no minor unit to settle in
            throw new IllegalArgumentException(currency.getCurrencyCode()
                    + " has no minor unit and cannot be used for amounts in the ledger");
        }
        return scale;
    }

    private static Currency currencyOf(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code such as EUR");
        }
    }
}

package org.allianceledger.core.money;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one currency, at the currency's scale (2 decimals for EUR, 0 for JPY). An amount with
 * more decimals than the currency has is rejected, never rounded; combining currencies throws.
 * JSON: {@code {"amount": "1234.50", "currency": "EUR"}}, the amount as a string so no client parses it as
 * a binary floating-point number.
 */
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Currency currency)
        implements Comparable<Money> {

    /** Larger amounts are refused: no alliance books a quadrillion, and exact arithmetic stays in a long. */
    public static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException(amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + scale + "); amounts are never rounded silently");
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("amounts must be below " + LIMIT.toPlainString() + " in absolute value");
        }
        amount = amount.setScale(scale);
    }

    @JsonCreator
    public static Money of(@JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") Currency currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
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

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money abs() {
        return new Money(amount.abs(), currency);
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

    @Override
    public int compareTo(Money other) {
        assertSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}

package org.allianceledger.core.money;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAmountTakesTheScaleOfItsCurrency() {
        assertThat(Money.of("12.5", "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Money.of("1200", "JPY").amount()).isEqualTo(new BigDecimal("1200"));
        assertThat(Money.of("12.50", "EUR")).isEqualTo(Money.of("12.5", "EUR"));
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRejectedNotRounded() {
        assertThatThrownBy(() -> Money.of("12.345", "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more decimals than EUR allows (2)");
        assertThatThrownBy(() -> Money.of("5.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trailingZerosBeyondTheScaleAreNotExtraDecimals() {
        assertThat(Money.of("12.3400", "EUR").amount()).isEqualTo(new BigDecimal("12.34"));
    }

    @Test
    void absurdlyLargeAmountsAreRefused() {
        assertThatThrownBy(() -> Money.of("1000000000000000.00", "EUR")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmeticIsExact() {
        Money a = Money.of("0.10", "EUR");
        Money b = Money.of("0.20", "EUR");
        assertThat(a.plus(b)).isEqualTo(Money.of("0.30", "EUR"));
        assertThat(a.minus(b)).isEqualTo(Money.of("-0.10", "EUR"));
        assertThat(b.negate().isNegative()).isTrue();
        assertThat(Money.ofMinor(12345, EUR)).isEqualTo(Money.of("123.45", "EUR"));
        assertThat(Money.of("123.45", "EUR").minorUnits()).isEqualTo(12345);
    }

    @Test
    void combiningCurrenciesThrows() {
        assertThatThrownBy(() -> Money.of("1.00", "EUR").plus(Money.of("1.00", "USD")))
                .isInstanceOf(CurrencyMismatch.class)
                .hasMessageContaining("USD").hasMessageContaining("EUR");
        assertThatThrownBy(() -> Money.of("1.00", "EUR").compareTo(Money.of("1.00", "USD")))
                .isInstanceOf(CurrencyMismatch.class);
    }

    @Test
    void jsonCarriesTheAmountAsAString() throws Exception {
        String written = json.writeValueAsString(Money.of("1234.5", "EUR"));

        assertThat(written).isEqualTo("{\"amount\":\"1234.50\",\"currency\":\"EUR\"}");
        assertThat(json.readValue("{\"amount\": \"1234.50\", \"currency\": \"EUR\"}", Money.class))
                .isEqualTo(Money.of("1234.50", "EUR"));
    }

    @Test
    void jsonWithTooManyDecimalsIsRejected() {
        assertThatThrownBy(() -> json.readValue("{\"amount\": \"1.001\", \"currency\": \"EUR\"}", Money.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}

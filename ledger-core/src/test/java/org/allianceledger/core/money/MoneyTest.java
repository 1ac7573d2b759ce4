package org.allianceledger.core.money;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.allianceledger.core.rule.Rule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
    void aSumIsExactZeroWhenEmptyAndRefusesAnotherCurrency() {
        assertThat(Money.sum(EUR, java.util.List.of(Money.of("0.10", "EUR"), Money.of("0.20", "EUR"))))
                .isEqualTo(Money.of("0.30", "EUR"));
        assertThat(Money.sum(EUR, java.util.List.of())).isEqualTo(Money.zero(EUR));
        assertThatThrownBy(() -> Money.sum(EUR, java.util.List.of(Money.of("1", "USD"))))
                .isInstanceOf(CurrencyMismatch.class);
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

    @Test
    void currenciesWithoutAMinorUnitCannotBeBooked() {
        assertThatThrownBy(() -> Money.of("1", "XAU"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XAU has no minor unit");
    }

    @Test
    void textThatIsNotAnAmountIsRejectedInWords() {
        assertThatThrownBy(() -> Money.of("12,50", "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'12,50' is not an amount of money; write it like 1234.50");
        assertThatThrownBy(() -> Money.of("12.50", "EURO"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'EURO' is not an ISO 4217 currency code such as EUR");
    }

    @Test
    void minorUnitsFollowTheCurrencyScale() {
        assertThat(Money.of("1200", "JPY").minorUnits()).isEqualTo(1200);
        assertThat(Money.of("1.5", "BHD").minorUnits()).isEqualTo(1500);
        assertThat(Money.ofMinor(-5, EUR)).isEqualTo(Money.of("-0.05", "EUR"));
        assertThat(Money.ofMinor(7, Currency.getInstance("JPY")).amount()).isEqualTo(new BigDecimal("7"));
    }

    @Test
    void signsAndOrderWithinOneCurrency() {
        Money ten = Money.of("10.00", "EUR");
        Money minusTen = ten.negate();
        assertThat(Money.zero(EUR).isZero()).isTrue();
        assertThat(Money.zero(EUR).isPositive()).isFalse();
        assertThat(Money.zero(EUR).isNegative()).isFalse();
        assertThat(ten.isPositive()).isTrue();
        assertThat(minusTen.isNegative()).isTrue();
        assertThat(ten.compareTo(minusTen)).isPositive();
        assertThat(ten.compareTo(Money.of("10", "EUR"))).isZero();
        assertThat(ten.min(minusTen)).isEqualTo(minusTen);
    }

    @Test
    void aCurrencyMismatchNamesItsRule() {
        assertThatThrownBy(() -> Money.of("1.00", "EUR").minus(Money.of("1.00", "USD")))
                .isInstanceOfSatisfying(CurrencyMismatch.class, mismatch -> {
                    assertThat(mismatch.rule()).isEqualTo(Rule.CURRENCY_MISMATCH);
                })
                .hasMessage("the amount is in EUR but USD is expected here; the ledger does not convert currencies");
        assertThatThrownBy(() -> Money.of("1.00", "EUR").assertCurrency(Currency.getInstance("GBP")))
                .isInstanceOf(CurrencyMismatch.class);
    }

    @Test
    void aRateInBasisPointsRoundsByTheNamedRounding() {
        // 10% of 0.25 is 0.025: half-even goes to the even cent 0.02, half-up would give 0.03
        assertThat(Money.of("0.25", "EUR").times(BasisPoints.of(1000), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("0.02", "EUR"));
        assertThat(Money.of("0.35", "EUR").times(BasisPoints.of(1000), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("0.04", "EUR"));
        assertThat(Money.of("-0.25", "EUR").times(BasisPoints.of(1000), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("-0.02", "EUR"));
        assertThat(Money.of("0.25", "EUR").times(BasisPoints.of(1000), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("0.03", "EUR"));
        assertThat(Money.of("1234.56", "EUR").times(BasisPoints.of(BasisPoints.WHOLE), RoundingMode.UNNECESSARY))
                .isEqualTo(Money.of("1234.56", "EUR"));
    }

    @Test
    void printsAsAmountAndCode() {
        assertThat(Money.of("-1234.5", "EUR")).hasToString("-1234.50 EUR");
    }

    @Test
    void jsonRoundTripsNegativeAndWholeCurrencyAmounts() throws Exception {
        for (Money money : new Money[] {Money.of("-0.50", "EUR"), Money.of("1200", "JPY"), Money.of("0.001", "BHD")}) {
            String written = json.writeValueAsString(money);
            assertThat(json.readValue(written, Money.class)).isEqualTo(money);
        }
        assertThat(json.writeValueAsString(Money.of("1200", "JPY"))).isEqualTo("{\"amount\":\"1200\",\"currency\":\"JPY\"}");
    }

    @Test
    void jsonAmountsAreReadAtTheCurrencyScale() throws Exception {
        assertThat(json.readValue("{\"amount\": \"12.5\", \"currency\": \"EUR\"}", Money.class).amount())
                .isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void jsonWithAnUnknownCurrencyIsRejected() {
        assertThatThrownBy(() -> json.readValue("{\"amount\": \"1.00\", \"currency\": \"XYZ1\"}", Money.class))
                .isInstanceOf(JsonMappingException.class);
    }
}

package org.allianceledger.projections.journal;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.CampaignId;
import org.allianceledger.core.alliance.PaymentId;
import org.allianceledger.core.alliance.SettlementPaymentRecorded;
import org.allianceledger.core.alliance.SpendId;
import org.allianceledger.core.alliance.SpendRecorded;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.projections.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal projection against PostgreSQL, without Spring or Axon: events in, balances out. */
class JournalProjectionIT {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final AllianceId ALLIANCE = new AllianceId(UUID.randomUUID());
    private static final PartnerId ACME = PartnerId.of("acme");
    private static final PartnerId GLOBEX = PartnerId.of("globex");

    private final MigratedDatabase db = new MigratedDatabase();
    private final JournalProjection journal = new JournalProjection(db.jdbc());
    private final Balances balances = new Balances(db.jdbc());

    @AfterEach
    void close() {
        db.close();
    }

    private static SpendRecorded spend(String amount, LocalDate incurredOn, String acmeShare, String globexShare) {
        Map<PartnerId, Money> shares = new LinkedHashMap<>();
        shares.put(ACME, Money.of(acmeShare, "EUR"));
        shares.put(GLOBEX, Money.of(globexShare, "EUR"));
        return new SpendRecorded(ALLIANCE, new CampaignId(UUID.randomUUID()), new SpendId(UUID.randomUUID()), GLOBEX,
                Money.of(amount, "EUR"), "EVENTS", "Hall", "INV-" + UUID.randomUUID(), incurredOn, null, 1, shares);
    }

    @Test
    void aSpendPostsPayerCreditAndEveryPartnersShareAndBalancesSumToZero() {
        db.members(ALLIANCE.value(), "acme", "globex");

        journal.on(spend("100.00", LocalDate.of(2027, 1, 15), "60.00", "40.00"), "e-1", Instant.parse("2027-01-16T10:00:00Z"));

        assertThat(balances.current(ALLIANCE, EUR)).containsExactly(
                new Balances.Balance(ACME, Money.of("-60.00", "EUR")),
                new Balances.Balance(GLOBEX, Money.of("60.00", "EUR")));
    }

    @Test
    void anEventHandledTwiceIsBookedOnce() {
        db.members(ALLIANCE.value(), "acme", "globex");
        SettlementPaymentRecorded payment = new SettlementPaymentRecorded(ALLIANCE, new PaymentId(UUID.randomUUID()),
                ACME, GLOBEX, Money.of("25.00", "EUR"), LocalDate.of(2027, 2, 1), "WIRE-1");

        journal.on(payment, "e-2", Instant.parse("2027-02-01T10:00:00Z"));
        journal.on(payment, "e-2", Instant.parse("2027-02-01T10:00:00Z"));

        assertThat(balances.current(ALLIANCE, EUR)).extracting(Balances.Balance::balance)
                .containsExactly(Money.of("25.00", "EUR"), Money.of("-25.00", "EUR"));
        assertThat(db.jdbc().sql("SELECT count(*) FROM journal_entry").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMarchSpendRecordedInMayIsUnknownInAprilAndKnownInJune() {
        db.members(ALLIANCE.value(), "acme", "globex");
        journal.on(spend("100.00", LocalDate.of(2027, 3, 10), "60.00", "40.00"), "e-3", Instant.parse("2027-05-05T09:00:00Z"));
        LocalDate endOfMarch = LocalDate.of(2027, 3, 31);

        List<Balances.Balance> knownInApril = balances.asOf(ALLIANCE, EUR, endOfMarch, Instant.parse("2027-04-15T00:00:00Z"));
        List<Balances.Balance> knownInJune = balances.asOf(ALLIANCE, EUR, endOfMarch, Instant.parse("2027-06-15T00:00:00Z"));
        List<Balances.Balance> februaryKnownInJune = balances.asOf(ALLIANCE, EUR, LocalDate.of(2027, 2, 28),
                Instant.parse("2027-06-15T00:00:00Z"));

        assertThat(knownInApril).extracting(Balances.Balance::balance).containsOnly(Money.of("0.00", "EUR"));
        assertThat(knownInJune).extracting(Balances.Balance::balance)
                .containsExactly(Money.of("-60.00", "EUR"), Money.of("60.00", "EUR"));
        assertThat(februaryKnownInJune).extracting(Balances.Balance::balance).containsOnly(Money.of("0.00", "EUR"));
    }
}

package org.allianceledger.bench;

import org.allianceledger.bench.LedgerApi.Call;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The realistic mix of the issue: 70% referrals and conversions over the customers, 20% budget commitments and
 * spend over the alliances' campaigns, 10% queries (balances, shared spend). Customer {@code c} belongs to
 * alliance {@code c mod alliances} and buys from partner {@code c mod 3}; the other partners refer it, so most
 * conversions find referrals to attribute. Business time advances 7 simulated seconds per request over 2027,
 * so the 30-day lookback window holds a realistic number of referrals.
 */
final class CommandMix {

    enum Kind { REFERRAL, CONVERSION, COMMITMENT, SPEND, BALANCES, SHARED_SPEND }

    /** Percentages of the mix, in the order of {@link Kind}. */
    static final int[] WEIGHTS = {45, 25, 5, 15, 5, 5};

    private static final Instant YEAR_START = Instant.parse("2027-01-01T00:00:00Z");
    private static final long YEAR_SECONDS = 364L * 24 * 3600;

    private final BenchLedger ledger;
    private final int customers;
    private final AtomicLong clock = new AtomicLong();

    CommandMix(BenchLedger ledger, int customers) {
        this.ledger = ledger;
        this.customers = customers;
    }

    static Kind pick(Random random) {
        int roll = random.nextInt(100);
        for (Kind kind : Kind.values()) {
            roll -= WEIGHTS[kind.ordinal()];
            if (roll < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights must sum to 100");
    }

    Call next(Random random) {
        return call(pick(random), random);
    }

    Call call(Kind kind, Random random) {
        Instant now = YEAR_START.plusSeconds(clock.getAndAdd(7) % YEAR_SECONDS);
        int customer = random.nextInt(customers);
        List<BenchLedger.Alliance> alliances = ledger.alliances();
        BenchLedger.Alliance alliance = kind.ordinal() <= Kind.CONVERSION.ordinal()
                ? alliances.get(customer % alliances.size())
                : alliances.get(random.nextInt(alliances.size()));
        String campaign = alliance.campaigns().get(random.nextInt(alliance.campaigns().size()));
        int receiver = customer % 3;
        int anyPartner = random.nextInt(3);
        return switch (kind) {
            case REFERRAL -> new Call(alliance.path() + "/referrals", ledger.keyOf((receiver + 1 + random.nextInt(2)) % 3), """
                    {"referralId": "%s", "toPartner": "%s", "customerRef": "cust-%d", "occurredAt": "%s", "campaignId": "%s"}"""
                    .formatted(uuid(random), ledger.partners().get(receiver), customer, now, campaign));
            case CONVERSION -> new Call(alliance.path() + "/conversions", ledger.keyOf(receiver), """
                    {"conversionId": "%s", "customerRef": "cust-%d", "revenue": {"amount": "%s", "currency": "EUR"},
                     "occurredAt": "%s"}""".formatted(uuid(random), customer, cents(random, 100_000), now));
            case COMMITMENT -> new Call(alliance.path() + "/campaigns/" + campaign + "/commitments", ledger.keyOf(anyPartner),
                    "{\"amount\": {\"amount\": \"" + cents(random, 1_000_000) + "\", \"currency\": \"EUR\"}}");
            case SPEND -> new Call(alliance.path() + "/campaigns/" + campaign + "/spend", ledger.keyOf(anyPartner), """
                    {"spendId": "%s", "amount": {"amount": "%s", "currency": "EUR"}, "category": "ADS",
                     "vendor": "Vendor %d", "invoiceRef": "INV-%s", "incurredOn": "%s"}"""
                    .formatted(uuid(random), cents(random, 500_000), random.nextInt(50), uuid(random),
                            LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)));
            case BALANCES -> new Call(alliance.path() + "/balances", ledger.keyOf(anyPartner), null);
            case SHARED_SPEND -> new Call(alliance.path() + "/shared-spend?groupBy=partner", ledger.keyOf(anyPartner), null);
        };
    }

    /** A random amount of 0.01 to {@code maxCents}/100 with two decimals. */
    private static String cents(Random random, int maxCents) {
        int cents = 1 + random.nextInt(maxCents);
        return cents / 100 + "." + String.format("%02d", cents % 100);
    }

    /** A version-4 UUID from the caller's generator (no shared SecureRandom between the load threads). */
    static UUID uuid(Random random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}

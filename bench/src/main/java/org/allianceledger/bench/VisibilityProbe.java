package org.allianceledger.bench;

import org.HdrHistogram.Histogram;
import org.allianceledger.bench.LedgerApi.Answer;
import org.allianceledger.bench.LedgerApi.Call;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Projection lag as a reader sees it: while the load runs, one probe at a time records a 0.01 EUR settlement
 * payment in the probe alliance and polls that alliance's balances (the journal projection, the busiest one)
 * every 50 ms until the payment shows; the time from the acknowledgement to the first read that shows it is one
 * lag sample (at most 50 ms late). The probe adds one command and a few reads at a time to the load: polled every
 * 5 ms, its reads were more requests than the load it measured.
 */
final class VisibilityProbe implements Runnable {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration PAUSE = Duration.ofMillis(200);
    private static final Duration GIVE_UP = Duration.ofSeconds(60);
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final LedgerApi api;
    private final BenchLedger ledger;
    private final Histogram lagMicros = new Histogram(GIVE_UP.toNanos() / 1000, 3);
    private volatile boolean stopped;
    private long timedOut;

    VisibilityProbe(LedgerApi api, BenchLedger ledger) {
        this.api = api;
        this.ledger = ledger;
    }

    Thread start() {
        return Thread.ofPlatform().name("lag-probe").start(this);
    }

    void stop(Thread thread) throws InterruptedException {
        stopped = true;
        thread.join();
    }

    Histogram lag() {
        return lagMicros;
    }

    long timedOut() {
        return timedOut;
    }

    @Override
    public void run() {
        BigDecimal paid = acmeBalance();
        while (!stopped) {
            Answer payment = api.send(new Call(ledger.probe().path() + "/settlement-payments", ledger.keyOf(0), """
                    {"toPartner": "globex", "amount": {"amount": "0.01", "currency": "EUR"}, "paidOn": "2027-06-01",
                     "reference": "probe"}"""));
            long acknowledged = System.nanoTime();
            if (!payment.ok()) {
                throw new IllegalStateException("the probe payment answered " + payment.status() + " " + payment.body());
            }
            paid = paid.add(CENT);
            if (awaitBalance(paid, acknowledged)) {
                lagMicros.recordValue(Math.max(1, (System.nanoTime() - acknowledged) / 1000));
            } else {
                timedOut++;
                paid = acmeBalance();
            }
            sleep(PAUSE);
        }
    }

    private boolean awaitBalance(BigDecimal expected, long since) {
        while (System.nanoTime() - since < GIVE_UP.toNanos()) {
            if (acmeBalance().compareTo(expected) >= 0) {
                return true;
            }
            sleep(POLL);
        }
        return false;
    }

    /** acme pays globex, so acme's position grows by each payment. */
    private BigDecimal acmeBalance() {
        Answer balances = api.send(new Call(ledger.probe().path() + "/balances", ledger.keyOf(0), null));
        if (!balances.ok()) {
            return BigDecimal.ZERO.subtract(BigDecimal.ONE);
        }
        for (var line : balances.json().path("balances")) {
            if (line.path("partnerId").asText().equals("acme")) {
                return new BigDecimal(line.path("balance").path("amount").asText());
            }
        }
        return BigDecimal.ZERO;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.allianceledger.bench;

import org.HdrHistogram.Histogram;
import org.allianceledger.bench.LedgerApi.Answer;
import org.allianceledger.bench.LedgerApi.Call;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Drives the service with a fixed number of clients, each on its own thread with its own connection.
 * <ul>
 *   <li>closed loop: every client sends its next request as soon as the previous one is answered; the
 *       throughput is what the service can take at that concurrency;</li>
 *   <li>constant rate (open model): the clients share a target rate, each sending on its own schedule of
 *       intended times; latency is measured from the intended time, so time a request spent waiting for a
 *       slow predecessor counts.</li>
 * </ul>
 */
final class LoadGenerator {

    private static final long MAX_LATENCY_MICROS = Duration.ofMinutes(2).toNanos() / 1000;

    private final LedgerApi api;
    private final long seed;

    LoadGenerator(LedgerApi api, long seed) {
        this.api = api;
        this.seed = seed;
    }

    LoadResult closedLoop(String name, int clients, Duration duration, Function<Random, Call> requests) throws InterruptedException {
        return run(name, clients, duration, requests, 0);
    }

    LoadResult constantRate(String name, int clients, Duration duration, double perSecond,
                            Function<Random, Call> requests) throws InterruptedException {
        return run(name, clients, duration, requests, perSecond);
    }

    private LoadResult run(String name, int clients, Duration duration, Function<Random, Call> requests,
                           double perSecond) throws InterruptedException {
        long start = System.nanoTime() + Duration.ofMillis(50).toNanos();
        long end = start + duration.toNanos();
        long interval = perSecond > 0 ? (long) (clients * 1e9 / perSecond) : 0;
        List<Client> all = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            // clients start spread over one interval so their schedules interleave
            Client client = new Client(new Random(seed * 31 + name.hashCode() * 17L + i), requests, start + i * interval / clients,
                    interval, end);
            all.add(client);
            threads.add(Thread.ofPlatform().name("load-" + name + "-" + i).start(client));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Histogram commands = histogram();
        Histogram queries = histogram();
        long acknowledged = 0, failed = 0, queriesOk = 0, queriesFailed = 0;
        for (Client client : all) {
            commands.add(client.commandLatency);
            queries.add(client.queryLatency);
            acknowledged += client.commandsOk;
            failed += client.commandsFailed;
            queriesOk += client.queriesOk;
            queriesFailed += client.queriesFailed;
        }
        double seconds = duration.toNanos() / 1e9;
        return new LoadResult(name, clients, seconds, acknowledged, failed, queriesOk, queriesFailed, commands, queries);
    }

    private static Histogram histogram() {
        return new Histogram(MAX_LATENCY_MICROS, 3);
    }

    private final class Client implements Runnable {

        private final Random random;
        private final Function<Random, Call> requests;
        private final long firstIntended;
        private final long interval;
        private final long end;
        final Histogram commandLatency = histogram();
        final Histogram queryLatency = histogram();
        long commandsOk, commandsFailed, queriesOk, queriesFailed;
        String firstFailure;

        Client(Random random, Function<Random, Call> requests, long firstIntended, long interval, long end) {
            this.random = random;
            this.requests = requests;
            this.firstIntended = firstIntended;
            this.interval = interval;
            this.end = end;
        }

        @Override
        public void run() {
            long intended = firstIntended;
            while (intended < end) {
                long now = System.nanoTime();
                if (interval > 0 && now < intended) {
                    LockSupport.parkNanos(intended - now);
                }
                long sent = interval > 0 ? intended : System.nanoTime();
                if (sent >= end) {
                    break;
                }
                Call call = requests.apply(random);
                Answer answer = api.send(call);
                long micros = Math.min(MAX_LATENCY_MICROS, Math.max(1, (System.nanoTime() - sent) / 1000));
                record(call, answer, micros);
                intended = interval > 0 ? intended + interval : System.nanoTime();
            }
            if (firstFailure != null) {
                System.out.println("  first failure of a client: " + firstFailure);
            }
        }

        private void record(Call call, Answer answer, long micros) {
            if (call.isCommand()) {
                commandLatency.recordValue(micros);
                if (answer.ok()) {
                    commandsOk++;
                } else {
                    commandsFailed++;
                }
            } else {
                queryLatency.recordValue(micros);
                if (answer.ok()) {
                    queriesOk++;
                } else {
                    queriesFailed++;
                }
            }
            if (!answer.ok() && firstFailure == null) {
                firstFailure = call.path() + " -> " + answer.status() + " " + answer.body();
            }
        }
    }
}

package org.allianceledger.api.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.api.support.Http;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests to every operation of the service's own OpenAPI document, sent with keys that could do
 * the operation: no 5xx, every 4xx a problem with a type, no event from a refused request, and every
 * projection still catches up with what was acknowledged. Seed: {@code -Dledger.fuzz.seed} ({@code new} draws
 * one); number of requests: {@code -Dledger.fuzz.cases}.
 */
class OpenApiFuzzIT extends ReliabilityLedger {

    /**
     * The test command replays one seed, so every run of it sends the same requests: a failure is the code's, not
     * the draw's. This one once found a stored NUL that stopped a projection. Long runs draw new seeds.
     */
    static final long FIXED_SEED = 5678650640814L;

    /** The rate limit is 6000 requests a minute per API key: long runs move to a new key well before it. */
    private static final int REQUESTS_PER_KEY = 4000;

    @Test
    void hostileRequestsToEveryOperationAreRefusedCleanlyAndRecordNothing() {
        long seed = seed();
        int cases = Integer.getInteger("ledger.fuzz.cases", 1500);
        System.out.println("fuzz: seed=" + seed + " cases=" + cases);
        World world = new World();
        JsonNode paths = http.get("/v3/api-docs", null).body().path("paths");
        List<Operation> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode example = operation.getValue().at("/requestBody/content/application~1json/examples/request/value");
            operations.add(new Operation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), operation.getValue(),
                    example.isMissingNode() ? null : example));
        }));
        assertThat(operations).as("operations in the document").hasSizeGreaterThan(30);
        HostileRequests hostile = new HostileRequests(new Random(seed), world.realIds);

        int successes = 0;
        int refusals = 0;
        long eventsFromRefused = 0;
        List<String> failures = new ArrayList<>();
        long events = storedEvents();
        for (int i = 0; i < cases; i++) {
            Operation operation = operations.get(i % operations.size());
            HostileRequests.Case request = hostile.next(operation.method, operation.path, operation.document, operation.example);
            Http.Response response = http.send(request.method(), request.path(), world.keyFor(operation.path, i),
                    request.contentType(), request.body(), request.headers());
            long now = storedEvents();
            String what = request.method() + " " + request.path() + " [" + request.mutation() + "] -> "
                    + response.status() + " " + abbreviate(response.raw());
            if (response.status() < 400) {
                successes++;
            } else {
                refusals++;
                eventsFromRefused += now - events;
                if (now != events) {
                    failures.add("recorded " + (now - events) + " events: " + what);
                }
                if (response.status() >= 500) {
                    failures.add("server error: " + what);
                } else if (!String.valueOf(response.header("Content-Type")).startsWith("application/problem+json")
                        || response.body().path("type").asText().isBlank()) {
                    failures.add("not a problem with a type: " + what);
                }
            }
            events = now;
        }
        long serverErrors = failures.stream().filter(failure -> failure.startsWith("server error")).count();
        System.out.printf("fuzz: cases=%d 2xx=%d 4xx=%d 5xx=%d eventsFromRejected=%d seed=%d%n",
                cases, successes, refusals - serverErrors, serverErrors, eventsFromRefused, seed);

        assertThat(failures).as("seed " + seed).isEmpty();
        awaitProjections(); // what was acknowledged is also readable: no projection is stuck on a stored value
    }

    private static long seed() {
        String given = System.getProperty("ledger.fuzz.seed");
        return given == null ? FIXED_SEED : "new".equals(given) ? System.nanoTime() : Long.parseLong(given);
    }

    private record Operation(String method, String path, JsonNode document, JsonNode example) {
    }

    /** Real ids of an existing alliance and its things, and keys allowed to act on them. */
    private final class World {

        final Map<String, String> realIds;
        private final List<String> partnerKeys = new ArrayList<>();

        World() {
            String acme = scenario.partnerKey("acme");
            String globex = scenario.partnerKey("globex");
            String initech = scenario.partnerKey("initech");
            partnerKeys.add(acme);
            String alliance = scenario.activeAlliance(acme, globex, initech);
            String campaign = scenario.fundedCampaign(alliance, "100000.00", acme, globex, initech);
            String spend = http.post(campaign + "/spend", acme, """
                    {"amount": {"amount": "10.00", "currency": "EUR"}, "category": "ADS", "vendor": "V",
                     "invoiceRef": "FUZZ-1", "incurredOn": "2027-01-10"}""").text("spendId");
            String conversion = http.post(alliance + "/conversions", acme, """
                    {"customerRef": "c-1", "revenue": {"amount": "5.00", "currency": "EUR"},
                     "occurredAt": "2027-02-01T00:00:00Z"}""").text("conversionId");
            String amendment = UUID.randomUUID().toString();
            http.post(alliance + "/amendments", acme, """
                    {"amendmentId": "%s", "terms": {"effectiveFrom": "2027-06-01",
                     "costShareBps": {"acme": 4000, "globex": 4000, "initech": 2000}, "referralCommissionBps": 0,
                     "attribution": {"model": "LINEAR", "lookbackDays": 30}}}""".formatted(amendment));
            // keyId and the projection name stay garbage: a real one would revoke the fuzzer's key or rebuild
            realIds = Map.of("{allianceId}", last(alliance), "{campaignId}", last(campaign), "{spendId}", spend,
                    "{conversionId}", conversion, "{amendmentId}", amendment, "{partnerId}", "acme");
        }

        String keyFor(String path, int request) {
            if (path.matches("/api/v1/(partners|api-keys|admin)(/.*)?")) {
                return ADMIN_KEY;
            }
            int needed = request / REQUESTS_PER_KEY;
            while (partnerKeys.size() <= needed) {
                partnerKeys.add(scenario.partnerKey("acme"));
            }
            return partnerKeys.get(needed);
        }

        private static String last(String path) {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}

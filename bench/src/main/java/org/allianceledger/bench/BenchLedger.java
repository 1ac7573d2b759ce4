package org.allianceledger.bench;

import org.allianceledger.bench.LedgerApi.Call;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The ledger the load runs against: three partners with one key each, {@code alliances} ACTIVE alliances of all
 * three with {@code campaigns} funded campaigns each, and a probe alliance whose balances show when the journal
 * projection has caught up with a write.
 */
record BenchLedger(List<String> partners, List<String> keys, List<Alliance> alliances, Alliance probe) {

    static final List<String> PARTNERS = List.of("acme", "globex", "initech");

    record Alliance(String id, List<String> campaigns) {

        String path() {
            return "/api/v1/alliances/" + id;
        }
    }

    String keyOf(int partner) {
        return keys.get(partner);
    }

    static BenchLedger create(LedgerApi api, int alliances, int campaigns) throws Exception {
        String admin = LedgerService.ADMIN_KEY;
        List<String> keys = new ArrayList<>();
        for (String partner : PARTNERS) {
            api.expectOk(new Call("/api/v1/partners", admin,
                    "{\"partnerId\": \"" + partner + "\", \"name\": \"" + partner + " Corp\"}"));
            keys.add(api.expectOk(new Call("/api/v1/api-keys", admin,
                    "{\"role\": \"PARTNER\", \"partnerId\": \"" + partner + "\"}")).path("secret").asText());
        }
        List<Alliance> created = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Alliance>> futures = new ArrayList<>();
            for (int i = 0; i < alliances; i++) {
                int number = i;
                futures.add(pool.submit(() -> alliance(api, keys, "Bench alliance " + number, campaigns)));
            }
            for (Future<Alliance> future : futures) {
                created.add(future.get());
            }
        }
        Alliance probe = alliance(api, keys, "Lag probe", 0);
        return new BenchLedger(PARTNERS, keys, created, probe);
    }

    private static Alliance alliance(LedgerApi api, List<String> keys, String name, int campaigns) {
        String id = api.expectOk(new Call("/api/v1/alliances", keys.get(0), """
                {"name": "%s", "kind": "MARKETING", "currency": "EUR", "partners": ["acme", "globex", "initech"],
                 "terms": {"effectiveFrom": "2027-01-01", "costShareBps": {"acme": 5000, "globex": 3000, "initech": 2000},
                           "referralCommissionBps": 1000, "attribution": {"model": "LAST_TOUCH", "lookbackDays": 30}}}"""
                .formatted(name))).path("allianceId").asText();
        String path = "/api/v1/alliances/" + id;
        api.expectOk(new Call(path + "/acceptance", keys.get(1), ""));
        api.expectOk(new Call(path + "/acceptance", keys.get(2), ""));
        List<String> campaignIds = new ArrayList<>();
        for (int c = 0; c < campaigns; c++) {
            String campaign = api.expectOk(new Call(path + "/campaigns", keys.get(0),
                    "{\"name\": \"Campaign " + c + "\", \"startsOn\": \"2027-01-01\", \"endsOn\": \"2027-12-31\"}"))
                    .path("campaignId").asText();
            for (String key : keys) {
                api.expectOk(new Call(path + "/campaigns/" + campaign + "/commitments", key,
                        "{\"amount\": {\"amount\": \"900000000000.00\", \"currency\": \"EUR\"}}"));
            }
            campaignIds.add(campaign);
        }
        return new Alliance(id, campaignIds);
    }
}

package org.allianceledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.bench.LedgerApi.Call;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A full rebuild as an administrator runs it: every tracking projection is replayed from the first event at
 * once (the admin endpoint), and the run ends when every projection has read the newest event again.
 */
final class ProjectionRebuild {

    private final LedgerApi api;

    ProjectionRebuild(LedgerApi api) {
        this.api = api;
    }

    /**
     * Replays every projection, wherever it is (a service just started may still be reading new history).
     *
     * @return the seconds until every projection had read the newest event again
     */
    double run(Duration timeout) throws InterruptedException {
        List<String> names = new ArrayList<>();
        for (JsonNode projection : progress()) {
            names.add(projection.path("name").asText());
        }
        long start = System.nanoTime();
        for (String name : names) {
            api.expectOk(new Call("/api/v1/admin/projections/" + name + "/replay", LedgerService.ADMIN_KEY, ""));
        }
        Thread.sleep(200);
        awaitCaughtUp(timeout);
        return (System.nanoTime() - start) / 1e9;
    }

    void awaitCaughtUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean done = true;
            for (JsonNode projection : progress()) {
                done &= !projection.path("replaying").asBoolean()
                        && projection.path("eventsDone").asLong() == projection.path("eventsTotal").asLong();
            }
            if (done) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("projections did not catch up within " + timeout + ": " + progress());
    }

    /** The progress endpoint may answer slowly while the processors work through a large history: ask again. */
    private JsonNode progress() throws InterruptedException {
        Call call = new Call("/api/v1/admin/projections", LedgerService.ADMIN_KEY, null);
        for (int attempt = 1; ; attempt++) {
            LedgerApi.Answer answer = api.send(call);
            if (answer.ok()) {
                return answer.json();
            }
            if (attempt == 10) {
                throw new IllegalStateException("the projections' progress answered " + answer.status() + ": " + answer.body());
            }
            System.out.println("  projections' progress answered " + answer.status() + "; asking again");
            Thread.sleep(1000);
        }
    }
}

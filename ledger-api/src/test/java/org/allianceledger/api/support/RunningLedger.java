package org.allianceledger.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.projections.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * The whole service on a random port over a fresh PostgreSQL database (embedded, or the server named by
 * LEDGER_TEST_DB_URL), with metrics exported as in production. Subclasses share one running service.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.admin-key=" + RunningLedger.ADMIN_KEY)
public abstract class RunningLedger {

    public static final String ADMIN_KEY = "test-admin-key-0123456789";

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcClient jdbc;

    protected Http http;
    protected LedgerScenario scenario;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Coordinates db = TestDatabase.fresh();
        registry.add("ledger.db.url", db::url);
        registry.add("ledger.db.user", db::user);
        registry.add("ledger.db.password", db::password);
    }

    @BeforeEach
    void connect() {
        http = new Http(port);
        scenario = new LedgerScenario(http, ADMIN_KEY);
    }

    protected int port() {
        return port;
    }

    /** Waits until every projection has read every stored event. */
    protected void awaitProjections() {
        awaitProjections(Duration.ofSeconds(30));
    }

    /** Until every projection's progress shows it has read the newest event. */
    protected void awaitProjections(Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode projections = http.get("/api/v1/admin/projections", ADMIN_KEY).body();
            boolean caughtUp = !projections.isEmpty();
            for (JsonNode projection : projections) {
                caughtUp &= projection.path("eventsDone").asLong() == projection.path("eventsTotal").asLong();
            }
            return caughtUp;
        });
    }

    protected EventStore events() {
        return new EventStore(jdbc);
    }

    protected long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }
}

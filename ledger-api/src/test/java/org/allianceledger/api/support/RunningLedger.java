package org.allianceledger.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.projections.testing.TestDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

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

    @Autowired
    private EventProcessingConfiguration eventProcessing;

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

    /**
     * Until every projection has applied every stored event, as this instance's processors report it: a
     * segment's token passes an event only once the event is committed to the read tables (or is not the
     * segment's). An event committed after a later one sits in a gap of the token until it is read, so the
     * tokens' gaps must hold no stored event. Much quicker than {@link #awaitProjections()}, which reads the
     * stored tokens that an idle segment refreshes only every second: for tests that read the views after each
     * of many steps.
     */
    protected void awaitProjectionsApplied() {
        long newest = jdbc.sql("SELECT COALESCE(MAX(globalindex), 0) FROM domainevententry").query(Long.class).single();
        await("every projection applying the events up to " + newest).atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> projectionsApplied(newest));
    }

    private boolean projectionsApplied(long newest) {
        Set<Long> gaps = new TreeSet<>();
        for (EventProcessor processor : eventProcessing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
                double claimed = segments.stream().mapToDouble(segment -> 1.0 / (segment.getSegment().getMask() + 1)).sum();
                if (claimed != 1.0) {
                    return false;
                }
                for (EventTrackerStatus segment : segments) {
                    TrackingToken token = WrappedToken.unwrapLowerBound(segment.getTrackingToken());
                    if (segment.isErrorState() || token == null || token.position().orElse(-1) < newest) {
                        return false;
                    }
                    if (token instanceof GapAwareTrackingToken gapAware) {
                        gaps.addAll(gapAware.getGaps().headSet(newest + 1));
                    }
                }
            }
        }
        return gaps.isEmpty() || jdbc.sql("SELECT count(*) FROM domainevententry WHERE globalindex IN (:gaps)")
                .param("gaps", gaps).query(Long.class).single() == 0;
    }

    protected EventStore events() {
        return new EventStore(jdbc);
    }

    protected long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }
}

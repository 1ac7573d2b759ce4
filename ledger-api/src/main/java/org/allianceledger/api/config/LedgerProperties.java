package org.allianceledger.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The service's settings; application.yml maps each to an environment variable (LEDGER_DB_URL, ...).
 *
 * @param db       an external PostgreSQL; when its url is blank, an embedded PostgreSQL is started
 * @param embedded where the embedded PostgreSQL keeps its data and on which port it listens (0: any free)
 * @param adminKey the bootstrap ADMIN API key; when blank, one is generated at first start and printed once
 * @param snapshotThreshold after how many events an alliance is snapshotted, so loading it stays fast
 * @param nodeId            this instance's name in the token store (which instance holds which segment);
 *                          blank: process id and host name
 * @param aggregateCache    keep recently used alliances and journeys in memory between commands (see
 *                          AggregateCache); turn off when several instances take commands for the same alliances
 */
@ConfigurationProperties("ledger")
public record LedgerProperties(Db db, Embedded embedded, String adminKey, int snapshotThreshold, String nodeId,
                               boolean aggregateCache) {

    /** The pool's floor for its timeouts: it replaces a shorter one by its default (30 seconds to connect). */
    public static final Duration POOL_TIMEOUT_FLOOR = Duration.ofMillis(250);

    /**
     * @param connectionTimeout how long a request waits for a connection from the pool; while PostgreSQL cannot be
     *                          reached, requests that need it are answered 503 after this long (at least 250 ms,
     *                          the pool's floor)
     */
    public record Db(String url, String user, String password, int maxPoolSize, Duration connectionTimeout) {

        public Db {
            if (connectionTimeout.compareTo(POOL_TIMEOUT_FLOOR) < 0) {
                throw new IllegalArgumentException("ledger.db.connection-timeout must be at least "
                        + POOL_TIMEOUT_FLOOR.toMillis() + " ms, got " + connectionTimeout);
            }
        }

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Embedded(Path dataDir, int port) {
    }
}

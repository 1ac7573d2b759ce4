package org.allianceledger.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

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

    public record Db(String url, String user, String password, int maxPoolSize) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Embedded(Path dataDir, int port) {
    }
}

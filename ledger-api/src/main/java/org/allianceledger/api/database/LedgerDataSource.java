package org.allianceledger.api.database;

import com.zaxxer.hikari.HikariDataSource;

/** The connection pool; when it runs on the embedded PostgreSQL, closing the pool also stops the server. */
public class LedgerDataSource extends HikariDataSource {

    private final EmbeddedDatabase embedded;

    LedgerDataSource(EmbeddedDatabase embedded) {
        this.embedded = embedded;
    }

    @Override
    public void close() {
        super.close();
        if (embedded != null) {
            embedded.stop();
        }
    }
}

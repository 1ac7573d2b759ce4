package org.allianceledger.api.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The connection pool; when it runs on the embedded PostgreSQL, closing the pool also stops the server. */
public class LedgerDataSource extends HikariDataSource {

    private final EmbeddedPostgres embedded;

    LedgerDataSource(EmbeddedPostgres embedded) {
        this.embedded = embedded;
    }

    @Override
    public void close() {
        super.close();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}

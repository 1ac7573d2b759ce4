package org.allianceledger.projections.bi;

import org.allianceledger.projections.testing.MigratedDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Connections as the BI role, the way a BI tool makes them. */
final class BiRole {

    static final String NAME = "ledger_bi";

    private BiRole() {
    }

    /**
     * A client logged in as ledger_bi to the database of {@code adminUrl}. User and password parameters are
     * dropped from the URL: the driver would let them override the ones given here (the embedded server's
     * URL carries {@code ?user=postgres}).
     */
    static JdbcClient connect(String adminUrl) {
        String url = adminUrl.replaceAll("(?<=[?&])(user|password)=[^&]*(&|$)", "").replaceAll("[?&]$", "");
        JdbcClient client = JdbcClient.create(new DriverManagerDataSource(url, NAME, MigratedDatabase.BI_PASSWORD));
        String user = client.sql("SELECT current_user").query(String.class).single();
        if (!NAME.equals(user)) {
            throw new IllegalStateException("expected to be connected as " + NAME + " but am " + user + " (" + url + ")");
        }
        return client;
    }
}

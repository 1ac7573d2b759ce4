package org.allianceledger.projections.testing;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

/** A fresh database with every migration applied, for projection tests that run without Spring. */
public final class MigratedDatabase implements AutoCloseable {

    public static final String BI_PASSWORD = "bi-test-password";

    private final HikariDataSource dataSource = new HikariDataSource();
    private final JdbcClient jdbc;

    public MigratedDatabase() {
        TestDatabase.Coordinates db = TestDatabase.fresh();
        dataSource.setJdbcUrl(db.url());
        dataSource.setUsername(db.user());
        dataSource.setPassword(db.password());
        // Flyway holds two connections while it migrates and its afterMigrate callback a third
        dataSource.setMaximumPoolSize(3);
        Flyway.configure().dataSource(dataSource).placeholders(Map.of("biPassword", BI_PASSWORD)).load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** The partners of an alliance, as the alliance directory records them. */
    public void members(java.util.UUID allianceId, String... partners) {
        jdbc.sql("""
                        INSERT INTO alliance_directory (alliance_id, name, kind, currency, status, proposed_by, terms,
                                                        version, proposed_at, updated_at)
                        VALUES (:id, 'test', 'MARKETING', 'EUR', 'ACTIVE', :first, '{}'::jsonb, 0, now(), now())""")
                .param("id", allianceId).param("first", partners[0]).update();
        for (int i = 0; i < partners.length; i++) {
            jdbc.sql("INSERT INTO alliance_member (alliance_id, partner_id, position) VALUES (:id, :partner, :position)")
                    .param("id", allianceId).param("partner", partners[i]).param("position", i).update();
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

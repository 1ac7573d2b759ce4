package org.allianceledger.projections;

import com.zaxxer.hikari.HikariDataSource;
import org.allianceledger.projections.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaMigrationsIT {

    private HikariDataSource dataSource;
    private JdbcClient jdbc;

    @BeforeEach
    void migrateFreshDatabase() {
        TestDatabase.Coordinates db = TestDatabase.fresh();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.url());
        dataSource.setUsername(db.user());
        dataSource.setPassword(db.password());
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void migrationsCreateTheEventStoreAndAreUpToDate() {
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single()).isZero();
        assertThat(Flyway.configure().dataSource(dataSource).load().info().pending()).isEmpty();
    }

    @Test
    void twoEventsCannotTakeTheSameSequenceNumberOfOneAggregate() {
        insertEvent("a-1", 0, "e-1");
        assertThatThrownBy(() -> insertEvent("a-1", 0, "e-2"))
                .hasMessageContaining("domainevententry_aggregate_sequence_key");
    }

    private void insertEvent(String aggregate, long sequence, String eventId) {
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      payload, payloadtype, timestamp)
                        VALUES (:aggregate, :sequence, 'Test', :eventId, '\\x7b7d'::bytea, 'Test', '2027-01-01T00:00:00Z')""")
                .param("aggregate", aggregate)
                .param("sequence", sequence)
                .param("eventId", eventId)
                .update();
    }
}

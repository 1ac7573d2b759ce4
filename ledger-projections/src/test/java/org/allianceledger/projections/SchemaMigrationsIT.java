package org.allianceledger.projections;

import org.allianceledger.projections.testing.MigratedDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaMigrationsIT {

    private final MigratedDatabase db = new MigratedDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void migrationsCreateTheEventStoreAndAreUpToDate() {
        assertThat(db.jdbc().sql("SELECT count(*) FROM domainevententry").query(Long.class).single()).isZero();
        assertThat(Flyway.configure().dataSource(db.dataSource())
                .placeholders(Map.of("biPassword", MigratedDatabase.BI_PASSWORD)).load().info().pending()).isEmpty();
    }

    @Test
    void twoEventsCannotTakeTheSameSequenceNumberOfOneAggregate() {
        insertEvent("a-1", 0, "e-1");
        assertThatThrownBy(() -> insertEvent("a-1", 0, "e-2"))
                .hasMessageContaining("domainevententry_aggregate_sequence_key");
    }

    private void insertEvent(String aggregate, long sequence, String eventId) {
        db.jdbc().sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                      payload, payloadtype, timestamp)
                        VALUES (:aggregate, :sequence, 'Test', :eventId, '\\x7b7d'::bytea, 'Test', '2027-01-01T00:00:00Z')""")
                .param("aggregate", aggregate)
                .param("sequence", sequence)
                .param("eventId", eventId)
                .update();
    }
}

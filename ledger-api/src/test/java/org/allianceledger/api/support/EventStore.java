package org.allianceledger.api.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the event table directly: what was really appended, whatever the API answered. */
public final class EventStore {

    private final JdbcClient jdbc;

    public EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    /** Events of the type (simple class name) whose stored payload contains the text, e.g. a client-chosen id. */
    public long countOf(String eventType, String payloadText) {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry WHERE payloadtype LIKE :type
                        AND position(:text IN convert_from(payload, 'UTF8')) > 0""")
                .param("type", "%." + eventType).param("text", payloadText).query(Long.class).single();
    }

    /** Events recorded under the Idempotency-Key (it is in every event's metadata). */
    public long countWithIdempotencyKey(String key) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE position(:text IN convert_from(metadata, 'UTF8')) > 0")
                .param("text", "\"idempotencyKey\":\"" + key + "\"").query(Long.class).single();
    }
}

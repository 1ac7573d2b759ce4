package org.allianceledger.api.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Stored first responses, per API key and Idempotency-Key. */
@Repository
class IdempotencyRecords {

    private final JdbcClient jdbc;

    IdempotencyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reserves the key in the current transaction. When another request holds it, PostgreSQL makes this wait
     * until that request's transaction ends: then the key is either stored (false) or free again (true).
     */
    boolean reserve(String apiKeyId, String key, String requestHash, Instant now) {
        return jdbc.sql("""
                        INSERT INTO idempotency_record (api_key_id, idem_key, request_hash, status, body, created_at)
                        VALUES (:apiKey, :key, :hash, 0, ''::bytea, :now)
                        ON CONFLICT DO NOTHING""")
                .param("apiKey", apiKeyId)
                .param("key", key)
                .param("hash", requestHash)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    Optional<StoredResponse> find(String apiKeyId, String key) {
        return jdbc.sql("""
                        SELECT request_hash, status, content_type, location, etag, body FROM idempotency_record
                        WHERE api_key_id = :apiKey AND idem_key = :key""")
                .param("apiKey", apiKeyId)
                .param("key", key)
                .query((rs, row) -> new StoredResponse(rs.getString("request_hash"), rs.getInt("status"),
                        rs.getString("content_type"), rs.getString("location"), rs.getString("etag"),
                        rs.getBytes("body")))
                .optional();
    }

    void complete(String apiKeyId, String key, StoredResponse response) {
        jdbc.sql("""
                        UPDATE idempotency_record
                        SET status = :status, content_type = :contentType, location = :location, etag = :etag, body = :body
                        WHERE api_key_id = :apiKey AND idem_key = :key""")
                .param("status", response.status())
                .param("contentType", response.contentType())
                .param("location", response.location())
                .param("etag", response.etag())
                .param("body", response.body())
                .param("apiKey", apiKeyId)
                .param("key", key)
                .update();
    }

    int forgetOlderThan(Instant cutoff) {
        return jdbc.sql("DELETE FROM idempotency_record WHERE created_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    record StoredResponse(String requestHash, int status, String contentType, String location, String etag,
                          byte[] body) {
    }
}

package org.allianceledger.api.apikey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.allianceledger.api.security.Caller;
import org.allianceledger.api.security.Role;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.writemodel.support.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * API keys, stored as the SHA-256 of their secret only. A secret is 256 random bits, so a fast hash is
 * enough (there is nothing to brute-force), and looking a key up by the hash of the presented secret
 * means no stored secret is ever compared byte by byte: timing reveals nothing about it.
 * <p>
 * Requests are authenticated from memory: what a secret's hash stands for (a caller, or no active key) is
 * kept for {@code LEDGER_API_KEY_CACHE_TTL} after it was read from the database. A key revoked on this
 * instance stops working at once; one revoked on another instance stops working here within that bound.
 */
@Repository
public class ApiKeys {

    static final String BOOTSTRAP_ADMIN_KEY_ID = "bootstrap-admin";
    private static final String SECRET_PREFIX = "alk_";

    private static final int REMEMBERED_SECRETS = 10_000;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Optional<Caller>> callersBySecretHash;

    public ApiKeys(JdbcClient jdbc, @Value("${ledger.api-key-cache-ttl:PT5S}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.callersBySecretHash = Caffeine.newBuilder()
                .expireAfterWrite(cacheTtl)
                .maximumSize(REMEMBERED_SECRETS)
                .build();
    }

    public Optional<Caller> authenticate(String secret) {
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        return callersBySecretHash.get(hash(secret), this::activeKey);
    }

    private Optional<Caller> activeKey(String secretHash) {
        return jdbc.sql("""
                        SELECT key_id, role, partner_id FROM api_key
                        WHERE secret_hash = :hash AND revoked_at IS NULL""")
                .param("hash", secretHash)
                .query((rs, row) -> new Caller(rs.getString("key_id"), Role.valueOf(rs.getString("role")),
                        rs.getString("partner_id") == null ? null : PartnerId.of(rs.getString("partner_id"))))
                .optional();
    }

    /** Makes a new key; the returned secret exists nowhere else and is shown once. */
    public IssuedApiKey issue(Role role, PartnerId partner, Instant now) {
        String keyId = UUID.randomUUID().toString();
        String secret = newSecret();
        store(keyId, secret, role, partner, now);
        return new IssuedApiKey(keyId, secret, role, partner);
    }

    /** @return false when no active key has this id */
    public boolean revoke(String keyId, Instant now) {
        boolean revoked = jdbc.sql("UPDATE api_key SET revoked_at = :now WHERE key_id = :id AND revoked_at IS NULL")
                .param("now", Timestamp.from(now))
                .param("id", keyId)
                .update() == 1;
        forgetCallers();
        return revoked;
    }

    /**
     * Installs the configured bootstrap ADMIN key, replacing an earlier one when the configuration changed.
     * One statement, so instances starting together against one database cannot collide.
     */
    void installBootstrapAdmin(String secret, Instant now) {
        jdbc.sql("""
                        INSERT INTO api_key (key_id, secret_hash, role, partner_id, created_at)
                        VALUES (:id, :hash, 'ADMIN', NULL, :now)
                        ON CONFLICT (key_id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash, revoked_at = NULL""")
                .param("id", BOOTSTRAP_ADMIN_KEY_ID)
                .param("hash", hash(secret))
                .param("now", Timestamp.from(now))
                .update();
        forgetCallers();
    }

    /** Revocations and replaced keys are rare: every remembered secret is read again from the database. */
    private void forgetCallers() {
        callersBySecretHash.invalidateAll();
    }

    boolean anyActiveAdmin() {
        return jdbc.sql("SELECT count(*) FROM api_key WHERE role = 'ADMIN' AND revoked_at IS NULL")
                .query(Long.class).single() > 0;
    }

    /** Generates the bootstrap ADMIN key and returns its secret. */
    String generateBootstrapAdmin(Instant now) {
        String secret = newSecret();
        store(BOOTSTRAP_ADMIN_KEY_ID, secret, Role.ADMIN, null, now);
        return secret;
    }

    private void store(String keyId, String secret, Role role, PartnerId partner, Instant now) {
        jdbc.sql("""
                        INSERT INTO api_key (key_id, secret_hash, role, partner_id, created_at)
                        VALUES (:id, :hash, :role, :partner, :now)""")
                .param("id", keyId)
                .param("hash", hash(secret))
                .param("role", role.name())
                .param("partner", partner == null ? null : partner.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        return Sha256.hex(secret.getBytes(StandardCharsets.UTF_8));
    }
}

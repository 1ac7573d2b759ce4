package org.allianceledger.projections.bi;

import org.allianceledger.projections.testing.MigratedDatabase;
import org.allianceledger.projections.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** ledger_bi reads the bi views and nothing else, on every ledger database of a server. */
class BiRoleIT {

    private static final Pattern SCRAM = Pattern.compile("SCRAM-SHA-256\\$(\\d+):([^$]+)\\$([^:]+):(.+)");

    private final MigratedDatabase db = new MigratedDatabase();
    private final JdbcClient bi = BiRole.connect(db.dataSource().getJdbcUrl());

    @AfterEach
    void close() {
        db.close();
    }

    /** PostgreSQL refused for lack of privilege (SQLSTATE 42501), not for any other reason. */
    private static void assertDenied(ThrowingCallable statement) {
        assertThatThrownBy(statement).rootCause()
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
    }

    @ParameterizedTest
    @ValueSource(strings = {"domainevententry", "snapshotevententry", "tokenentry", "api_key", "partner_balance",
            "journal_line", "alliance_directory", "flyway_schema_history"})
    void theBiRoleCannotReadTheEventStoreCredentialsOrReadTables(String table) {
        assertDenied(() -> bi.sql("SELECT count(*) FROM public." + table).query(Long.class).single());
    }

    @Test
    void theBiRoleHoldsNoPrivilegeOnAnyTableOutsideBi() {
        assertThat(db.jdbc().sql("""
                        SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f', 'S') AND n.nspname = 'public'
                          AND (has_table_privilege('ledger_bi', c.oid,
                                   'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
                               OR (c.relkind = 'S' AND has_sequence_privilege('ledger_bi', c.oid, 'USAGE, SELECT, UPDATE')))""")
                .query(String.class).list())
                .isEmpty();
        assertThat(db.jdbc().sql("""
                        SELECT count(*) FROM pg_class c WHERE c.relnamespace = 'bi'::regnamespace
                          AND has_table_privilege('ledger_bi', c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')""")
                .query(Long.class).single())
                .isZero();
    }

    @Test
    void theBiRoleCanNeitherChangeDataThroughTheViewsNorCreateObjectsInBi() {
        db.jdbc().sql("INSERT INTO partner_directory (partner_id, name, registered_at) VALUES ('acme', 'Acme', now())")
                .update();

        assertDenied(() -> bi.sql("UPDATE bi.partners SET partner_name = 'Hacked'").update());
        assertDenied(() -> bi.sql("DELETE FROM bi.partners").update());
        assertDenied(() -> bi.sql("CREATE VIEW bi.mine AS SELECT 1 AS one").update());
        assertThat(bi.sql("SELECT partner_name FROM bi.partners").query(String.class).single()).isEqualTo("Acme");
    }

    @Test
    void aSecondLedgerDatabaseOnTheSameServerGetsItsOwnGrants() {
        try (MigratedDatabase second = new MigratedDatabase()) {
            second.jdbc().sql("INSERT INTO partner_directory (partner_id, name, registered_at) VALUES ('initech', 'Initech', now())")
                    .update();

            assertThat(BiRole.connect(second.dataSource().getJdbcUrl()).sql("SELECT partner_id FROM bi.partners")
                    .query(String.class).list()).containsExactly("initech");
            assertThat(bi.sql("SELECT count(*) FROM bi.partners").query(Long.class).single()).isZero();
            assertThat(db.jdbc().sql("SELECT has_database_privilege('ledger_bi', current_database(), 'CONNECT')")
                    .query(Boolean.class).single()).isTrue();
        }
    }

    @Test
    void thePasswordIsTakenVerbatimFromThePlaceholderAndAnEmptyOneChangesNothing() {
        String awkward = "it's a $ecret\\ with \"quotes\" and $$ signs";
        try {
            migrateFreshDatabase(awkward);
            String stored = storedPassword();
            assumeThat(stored).as("the stored password is readable (superuser) and hashed").isNotNull();
            assertThat(matches(stored, awkward)).as("ledger_bi's password is the placeholder's value").isTrue();

            migrateFreshDatabase("");

            assertThat(storedPassword()).as("an empty placeholder keeps the password").isEqualTo(stored);
        } finally {
            db.jdbc().sql("ALTER ROLE ledger_bi PASSWORD '" + MigratedDatabase.BI_PASSWORD + "'").update();
        }
    }

    @Test
    void aChangedPasswordIsSetAtTheNextMigrationOfAnExistingDatabaseAndAnEmptyOneKeepsIt() {
        try {
            migrate(db.dataSource().getJdbcUrl(), "rotated-bi-password");
            String stored = storedPassword();
            assumeThat(stored).as("the stored password is readable (superuser) and hashed").isNotNull();
            assertThat(matches(stored, "rotated-bi-password")).as("the new password is in force").isTrue();
            assertThat(matches(stored, MigratedDatabase.BI_PASSWORD)).as("the old one is not").isFalse();

            migrate(db.dataSource().getJdbcUrl(), "");

            assertThat(storedPassword()).as("an empty placeholder keeps the password").isEqualTo(stored);
        } finally {
            db.jdbc().sql("ALTER ROLE ledger_bi PASSWORD '" + MigratedDatabase.BI_PASSWORD + "'").update();
        }
    }

    private void migrate(String url, String biPassword) {
        Flyway.configure()
                .dataSource(url, db.dataSource().getUsername(), db.dataSource().getPassword())
                .placeholders(Map.of("biPassword", biPassword))
                .load()
                .migrate();
    }

    private static void migrateFreshDatabase(String biPassword) {
        TestDatabase.Coordinates fresh = TestDatabase.fresh();
        Flyway.configure()
                .dataSource(fresh.url(), fresh.user(), fresh.password())
                .placeholders(Map.of("biPassword", biPassword))
                .load()
                .migrate();
    }

    private String storedPassword() {
        boolean superuser = db.jdbc().sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single();
        return superuser
                ? db.jdbc().sql("SELECT rolpassword FROM pg_authid WHERE rolname = 'ledger_bi'").query(String.class).single()
                : null;
    }

    /** Checks a password against PostgreSQL's stored SCRAM-SHA-256 verifier (or legacy MD5 hash). */
    private static boolean matches(String stored, String password) {
        try {
            if (stored.startsWith("md5")) {
                byte[] md5 = MessageDigest.getInstance("MD5").digest((password + "ledger_bi").getBytes(StandardCharsets.UTF_8));
                return stored.equals("md5" + HexFormat.of().formatHex(md5));
            }
            Matcher scram = SCRAM.matcher(stored);
            assertThat(scram.matches()).as("SCRAM verifier: %s", stored).isTrue();
            byte[] salt = Base64.getDecoder().decode(scram.group(2));
            byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, Integer.parseInt(scram.group(1)), 256))
                    .getEncoded();
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(salted, "HmacSHA256"));
            byte[] clientKey = hmac.doFinal("Client Key".getBytes(StandardCharsets.US_ASCII));
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
            return MessageDigest.isEqual(storedKey, Base64.getDecoder().decode(scram.group(3)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

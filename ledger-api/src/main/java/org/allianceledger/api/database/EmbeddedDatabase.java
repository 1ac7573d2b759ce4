package org.allianceledger.api.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded PostgreSQL, open only to whoever can read its data folder. It listens on 127.0.0.1 only, and
 * every connection, over TCP or the Unix socket, logs in with a password (scram-sha-256). The superuser's
 * password is generated once and kept in the data folder, readable by its owner only. A data folder made
 * before (every local connection trusted, no password) gets a password and the same rules at its next start.
 */
final class EmbeddedDatabase {

    static final String HOST = "127.0.0.1";
    static final String SUPERUSER = "postgres";
    static final String DATABASE = "postgres";
    static final String PASSWORD_FILE = "postgres-password";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String HBA_FILE = "pg_hba.conf";
    private static final String HBA_HEADER = "# Written by Alliance Ledger";
    private static final String HBA = HBA_HEADER + """
            : every connection logs in with a password (scram-sha-256), and the server
            # listens on 127.0.0.1 only. The postgres role's password is in the file postgres-password beside this one.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            """;

    private final EmbeddedPostgres server;
    private final Path passwordFile;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres server, Path passwordFile, String password) {
        this.server = server;
        this.passwordFile = passwordFile;
        this.password = password;
    }

    /** Starts PostgreSQL on the data folder (made if it is new) and on the port (0: any free one). */
    static EmbeddedDatabase start(Path dataDir, int port) {
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        try {
            Files.createDirectories(dataDir);
            boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
            String password = Files.exists(passwordFile) ? Files.readString(passwordFile).strip() : newPassword();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", HOST)
                    // the builder turns it off, as suits tests; a command answered 2xx must survive a crash of the server
                    .setServerConfig("synchronous_commit", "on")
                    // the builder checks that the server is up by logging in with these settings
                    .setConnectConfig("password", password);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = fresh ? initialise(builder, password) : builder.start();
            // Each step below is taken again at the next start if this one stops half-way: the password file is
            // written once the server runs (initdb wants an empty folder), pg_hba.conf until it is ours.
            try {
                if (!Files.exists(passwordFile)) {
                    Files.writeString(Files.createFile(passwordFile, ownerOnly()), password);
                }
                Files.setPosixFilePermissions(passwordFile, OWNER_ONLY);
                if (!Files.readString(dataDir.resolve(HBA_FILE)).startsWith(HBA_HEADER)) {
                    requirePassword(dataDir, server.getPort(), password);
                }
            } catch (IOException | SQLException | RuntimeException e) {
                try {
                    server.close();
                } catch (IOException notStopped) {
                    e.addSuppressed(notStopped);
                }
                throw e;
            }
            return new EmbeddedDatabase(server, passwordFile, password);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL with data in " + dataDir
                    + " (the postgres role logs in with the password in " + passwordFile + ")", e);
        }
    }

    /**
     * initdb of a new data folder, with password authentication and the password from the start: the builder has
     * no setting for initdb's options but passes its "locale" settings to initdb as {@code --key=value}, after
     * its own {@code -A trust}, which they override. The password goes through a file initdb reads (it must not
     * be in the data folder yet, which initdb wants empty).
     */
    private static EmbeddedPostgres initialise(EmbeddedPostgres.Builder builder, String password) throws IOException {
        Path passwordForInitdb = Files.createTempFile("ledger-initdb-", ".pw", ownerOnly());
        try {
            Files.writeString(passwordForInitdb, password);
            return builder.setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("auth-local", "scram-sha-256")
                    .setLocaleConfig("pwfile", passwordForInitdb.toString())
                    .start();
        } finally {
            Files.delete(passwordForInitdb);
        }
    }

    /**
     * Sets the superuser's password and rewrites pg_hba.conf to ask every connection for a password, then has the
     * server reload it. Run at each start until pg_hba.conf is ours, so an interrupted run is completed next time.
     */
    private static void requirePassword(Path dataDir, int port, String password) throws IOException, SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(port), SUPERUSER, password);
             Statement statement = connection.createStatement()) {
            // hashed by the driver: the password itself never reaches the server or its logs
            connection.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, password.toCharArray(), "scram-sha-256");
            Path written = Files.createTempFile(dataDir, HBA_FILE, ".new", ownerOnly());
            Files.writeString(written, HBA);
            Files.move(written, dataDir.resolve(HBA_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            statement.execute("SELECT pg_reload_conf()");
        }
        log.info("pg_hba.conf of the embedded PostgreSQL written: every connection logs in with a password "
                + "(scram-sha-256); the postgres role's is in {}", dataDir.resolve(PASSWORD_FILE));
    }

    private static String newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + DATABASE;
    }

    String jdbcUrl() {
        return jdbcUrl(server.getPort());
    }

    int port() {
        return server.getPort();
    }

    String password() {
        return password;
    }

    Path passwordFile() {
        return passwordFile;
    }

    /** What a person types to look inside: psql with the host, port, user and the password file. */
    String psqlCommand() {
        return "PGPASSWORD=$(cat " + passwordFile + ") psql -h " + HOST + " -p " + port() + " -U " + SUPERUSER + " "
                + DATABASE;
    }

    /** Stops the server; the data stays. */
    void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not stop cleanly", e);
        }
    }
}

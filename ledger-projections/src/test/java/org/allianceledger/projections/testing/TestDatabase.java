package org.allianceledger.projections.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh, empty database for each caller, on one PostgreSQL server per test JVM: the server named by
 * LEDGER_TEST_DB_URL (with LEDGER_TEST_DB_USER and LEDGER_TEST_DB_PASSWORD) when it is set, otherwise an
 * embedded PostgreSQL started on first use.
 */
public final class TestDatabase {

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;

    private TestDatabase() {
    }

    /** Creates a new database and returns how to reach it. */
    public static Coordinates fresh() {
        Server current = server();
        String name = "ledger_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(current.adminUrl(), current.user(), current.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " on " + current.adminUrl(), e);
        }
        return new Coordinates(current.urlFor(name), current.user(), current.password());
    }

    private static synchronized Server server() {
        if (server == null) {
            String external = System.getenv("LEDGER_TEST_DB_URL");
            server = external != null && !external.isBlank()
                    ? new Server(external, envOr("LEDGER_TEST_DB_USER", "postgres"), envOr("LEDGER_TEST_DB_PASSWORD", ""))
                    : embedded();
        }
        return server;
    }

    private static Server embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    public record Coordinates(String url, String user, String password) {
    }

    private record Server(String adminUrl, String user, String password) {

        String urlFor(String database) {
            Matcher m = JDBC_URL.matcher(adminUrl);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + adminUrl);
            }
            return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
        }
    }
}

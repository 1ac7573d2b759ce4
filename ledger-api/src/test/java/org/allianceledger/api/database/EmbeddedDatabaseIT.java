package org.allianceledger.api.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only whoever can read the data folder may connect to the embedded PostgreSQL: a new folder, a restarted one
 * and one made by an earlier version (which trusted every local connection) all ask for the password in the
 * folder's owner-only file.
 */
class EmbeddedDatabaseIT {

    @Test
    void aNewDataFolderAdmitsOnlyThePasswordInItsOwnerOnlyFile(@TempDir Path dataDir) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir.resolve("data"), 0);
        try {
            assertRefusesAllButThePasswordFile(database);
        } finally {
            database.stop();
        }
    }

    @Test
    void aRestartKeepsThePasswordAndTheData(@TempDir Path dataDir) throws Exception {
        EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, 0);
        String password;
        try (Connection connection = connect(first, first.password())) {
            password = first.password();
            connection.createStatement().execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('before')");
        } finally {
            first.stop();
        }

        EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, 0);
        try {
            assertThat(Files.readString(second.passwordFile())).isEqualTo(password);
            assertRefusesAllButThePasswordFile(second);
            assertThat(query(second, "SELECT note FROM kept")).containsExactly("before");
        } finally {
            second.stop();
        }
    }

    @Test
    void aDataFolderThatTrustedEveryLocalConnectionGetsAPasswordAtItsNextStart(@TempDir Path dataDir)
            throws Exception {
        // what earlier versions made: the builder's defaults, trust for every local connection, no password
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setCleanDataDirectory(false).start();
             Connection connection = DriverManager.getConnection(earlier.getJdbcUrl("postgres", "postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('from the earlier version')");
        }
        assertThat(Files.exists(dataDir.resolve(EmbeddedDatabase.PASSWORD_FILE))).isFalse();

        EmbeddedDatabase upgraded = EmbeddedDatabase.start(dataDir, 0);
        try {
            assertRefusesAllButThePasswordFile(upgraded);
            assertThat(query(upgraded, "SELECT note FROM kept")).containsExactly("from the earlier version");
        } finally {
            upgraded.stop();
        }

        EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir, 0);
        try {
            assertRefusesAllButThePasswordFile(restarted);
        } finally {
            restarted.stop();
        }
    }

    private static void assertRefusesAllButThePasswordFile(EmbeddedDatabase database) throws Exception {
        Path file = database.passwordFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String password = Files.readString(file);
        assertThat(password).hasSizeGreaterThanOrEqualTo(32).isEqualTo(database.password());

        assertThatThrownBy(() -> connect(database, null)).as("no password")
                .isInstanceOf(SQLException.class).hasMessageContaining("no password was provided");
        assertThatThrownBy(() -> connect(database, password + "x")).as("a wrong password")
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));

        assertThat(query(database, "SELECT current_user")).containsExactly("postgres");
        assertThat(query(database, "SHOW listen_addresses")).containsExactly("127.0.0.1");
        assertThat(query(database, "SHOW synchronous_commit")).as("a commit is on disk when it returns").containsExactly("on");
        assertThat(query(database, "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'postgres'"))
                .containsExactly("t");
        // the rules the server is using now, for TCP and for the Unix socket alike
        assertThat(query(database, "SELECT type || ' ' || auth_method FROM pg_hba_file_rules ORDER BY line_number"))
                .containsExactly("local scram-sha-256", "host scram-sha-256");
        assertThat(query(database, "SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL")).containsExactly("0");
    }

    private static Connection connect(EmbeddedDatabase database, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(database.jdbcUrl(), properties);
    }

    private static List<String> query(EmbeddedDatabase database, String sql) throws SQLException, IOException {
        try (Connection connection = connect(database, Files.readString(database.passwordFile()));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}

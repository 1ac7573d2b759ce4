package org.allianceledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL server under test and the scratch database the benchmark creates on it and drops after. */
final class Database {

    private final BenchOptions options;
    private final String name;

    Database(BenchOptions options, String name) {
        this.options = options;
        this.name = name;
    }

    String name() {
        return name;
    }

    String jdbcUrl() {
        return url(name);
    }

    void create() {
        onServer("DROP DATABASE IF EXISTS " + name);
        onServer("CREATE DATABASE " + name);
    }

    void drop() {
        onServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), options.pgUser(), options.pgPassword());
    }

    long storedEvents() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("counting stored events failed", e);
        }
    }

    private void onServer(String sql) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), options.pgUser(), options.pgPassword());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url("postgres") + ": " + e.getMessage(), e);
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://" + options.pgHost() + ":" + options.pgPort() + "/" + database;
    }
}

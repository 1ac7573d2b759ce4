package org.allianceledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Grows the event store to the history size the rebuild and the queries are measured at, faster than HTTP
 * could: it copies the alliance and customer-journey streams the load wrote (every event, in global order)
 * under new ids. Every UUID in a copied stream (alliance, campaigns, spends, conversions, event ids) gets the
 * copy's own first eight hex digits, so a copy is a consistent ledger of its own; the directory rows the
 * command side keeps for those alliances are copied the same way. The database chains every copied event as it
 * would any other. Partners and keys are shared, so the bench's keys see every copy.
 */
final class HistoryGrowth {

    private static final String UUID_BODY = "([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

    private final Database database;

    HistoryGrowth(Database database) {
        this.database = database;
    }

    /** @return the number of copies made */
    int growTo(long targetEvents) throws SQLException {
        long stored = database.storedEvents();
        if (stored >= targetEvents) {
            return 0;
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            long head = single(statement, "SELECT max(globalindex) FROM domainevententry");
            long copyable = single(statement, "SELECT count(*) FROM domainevententry WHERE aggregateidentifier ~ '^[0-9a-f]{8}-'");
            int copies = (int) Math.ceil((double) (targetEvents - stored) / copyable);
            statement.execute("CREATE TEMP TABLE original_alliance AS SELECT alliance_id FROM alliance_directory");
            for (int copy = 1; copy <= copies; copy++) {
                copy(connection, String.format("c%07x", copy), head);
                System.out.printf("history: copy %d of %d stored, %d events%n", copy, copies, database.storedEvents());
            }
            return copies;
        }
    }

    private static void copy(Connection connection, String prefix, long head) throws SQLException {
        execute(connection, prefix, head, """
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadrevision, payloadtype, timestamp)
                SELECT regexp_replace(aggregateidentifier, '^[0-9a-f]{8}', ?), sequencenumber, type,
                       ? || substr(eventidentifier, 9), metadata,
                       convert_to(regexp_replace(convert_from(payload, 'UTF8'), '[0-9a-f]{8}-%s', ? || '-\\1', 'g'), 'UTF8'),
                       payloadrevision, payloadtype, timestamp
                FROM domainevententry
                WHERE globalindex <= ? AND aggregateidentifier ~ '^[0-9a-f]{8}-'
                ORDER BY globalindex""".formatted(UUID_BODY), 3);
        for (String table : new String[] {"alliance_directory", "alliance_member", "alliance_terms", "alliance_amendment",
                "conversion_index"}) {
            copyDirectory(connection, table, prefix);
        }
    }

    /** Copies the rows of one alliance-keyed directory table, renaming the alliance (and any other UUID column). */
    private static void copyDirectory(Connection connection, String table, String prefix) throws SQLException {
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        try (PreparedStatement describe = connection.prepareStatement(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            describe.setString(1, table);
            try (var rows = describe.executeQuery()) {
                while (rows.next()) {
                    String column = rows.getString(1);
                    columns.append(columns.isEmpty() ? "" : ", ").append(column);
                    values.append(values.isEmpty() ? "" : ", ").append(rows.getString(2).equals("uuid")
                            ? "(? || substr(" + column + "::text, 9))::uuid" : column);
                }
            }
        }
        int uuidColumns = values.toString().split("\\?", -1).length - 1;
        String sql = "INSERT INTO " + table + " (" + columns + ") SELECT " + values + " FROM " + table
                + " WHERE alliance_id IN (SELECT alliance_id FROM original_alliance)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 1; i <= uuidColumns; i++) {
                insert.setString(i, prefix);
            }
            insert.executeUpdate();
        }
    }

    private static void execute(Connection connection, String prefix, long head, String sql, int prefixes) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= prefixes; i++) {
                statement.setString(i, prefix);
            }
            statement.setLong(prefixes + 1, head);
            statement.executeUpdate();
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package org.allianceledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw-PostgreSQL baseline: pgbench inserting one event-shaped row per transaction into a table with the
 * event table's columns and indexes (primary key on a BIGSERIAL, unique aggregate + sequence, unique event id),
 * payload and metadata as large as our stored events on average. Measured in the same run, on the same server,
 * so the ledger's figures can be read as a ratio.
 */
final class RawInsertBaseline {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final BenchOptions options;
    private final Database database;

    RawInsertBaseline(BenchOptions options, Database database) {
        this.options = options;
        this.database = database;
    }

    /** Transactions per second by client count. */
    Map<Integer, Double> measure(Path workDir) throws IOException, InterruptedException, SQLException {
        createTable();
        Path script = workDir.resolve("raw-insert.sql");
        Files.writeString(script, """
                INSERT INTO raw_event (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                                       payloadrevision, payloadtype, timestamp)
                VALUES (gen_random_uuid()::text, 0, 'CustomerJourney', gen_random_uuid()::text,
                        convert_to(repeat('m', 260), 'UTF8'), convert_to(repeat('p', 300), 'UTF8'), '1',
                        'org.allianceledger.core.journey.ReferralRecorded', now()::text);
                """);
        Map<Integer, Double> tps = new LinkedHashMap<>();
        for (int clients : options.clientCounts()) {
            tps.put(clients, run(script, clients));
            System.out.printf("baseline: %d clients: %.0f inserts/s%n", clients, tps.get(clients));
        }
        dropTable();
        return tps;
    }

    /** The service's migrations expect an empty database. */
    private void dropTable() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE raw_event");
        }
    }

    private void createTable() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE raw_event (
                        globalindex         BIGSERIAL    PRIMARY KEY,
                        aggregateidentifier VARCHAR(255) NOT NULL,
                        sequencenumber      BIGINT       NOT NULL,
                        type                VARCHAR(255),
                        eventidentifier     VARCHAR(255) NOT NULL UNIQUE,
                        metadata            BYTEA,
                        payload             BYTEA        NOT NULL,
                        payloadrevision     VARCHAR(255),
                        payloadtype         VARCHAR(255) NOT NULL,
                        timestamp           VARCHAR(255) NOT NULL,
                        UNIQUE (aggregateidentifier, sequencenumber))""");
        }
    }

    private double run(Path script, int clients) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared",
                "-h", options.pgHost(), "-p", String.valueOf(options.pgPort()), "-U", options.pgUser(),
                "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 2)),
                "-T", String.valueOf(options.stepDuration().toSeconds()), "-f", script.toString(), database.name()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", options.pgPassword());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench output:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }
}

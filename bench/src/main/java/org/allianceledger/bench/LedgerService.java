package org.allianceledger.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The built service jar, started as a separate JVM against the benchmark's database on a free loopback port. */
final class LedgerService implements AutoCloseable {

    static final String ADMIN_KEY = "bench-admin-key-0123456789abcdef";

    private final Process process;
    private final int port;

    private LedgerService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static LedgerService start(BenchOptions options, Database database, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + options.serviceHeap()));
        command.addAll(options.serviceArgs());
        command.addAll(List.of("-jar", options.serviceJar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "LEDGER_DB_URL", database.jdbcUrl(),
                "LEDGER_DB_USER", options.pgUser(),
                "LEDGER_DB_PASSWORD", options.pgPassword(),
                "LEDGER_ADMIN_KEY", ADMIN_KEY,
                "LEDGER_PORT", String.valueOf(port),
                // the benchmark measures the ledger, not the per-key limit that protects it from one client
                "LEDGER_RATE_LIMIT_PER_MINUTE", "1000000000",
                "LEDGER_NODE_ID", "bench",
                "AXONIQ_UPDATE_CHECKER_DISABLED", "true"));
        LedgerService service = new LedgerService(builder.start(), port);
        service.awaitHealthy(log);
        return service;
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size of the service's JVM, from the kernel. */
    long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException e) {
            // not Linux or already gone: reported as unknown
        }
        return -1;
    }

    private void awaitHealthy(Path log) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited at start; see " + log);
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(baseUri().resolve("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not become healthy within 3 minutes; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}

package org.allianceledger.api;

import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.LedgerScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded default as a newcomer meets it: no database configured, no admin key given. The service
 * prints a generated admin key once, and after a restart the ledger (and the key) are still there. It prints
 * how to reach its database with psql, and that works with the password file it names and nothing else.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedRestartIT {

    private static final Pattern GENERATED_KEY = Pattern.compile("alk_[A-Za-z0-9_-]{43}");
    private static final Pattern PSQL = Pattern.compile(
            "PGPASSWORD=\\$\\(cat (\\S+)\\) psql -h 127\\.0\\.0\\.1 -p (\\d+) -U postgres postgres");

    @Test
    void theLedgerSurvivesARestartOfTheServiceAndItsEmbeddedDatabase(@TempDir Path dataDir, CapturedOutput output)
            throws Exception {
        String allianceId = UUID.randomUUID().toString();
        String adminKey;
        String acme;

        try (ConfigurableApplicationContext first = start(dataDir)) {
            Matcher printed = GENERATED_KEY.matcher(output.getOut());
            assertThat(printed.find()).as("a generated admin key is printed at first start").isTrue();
            adminKey = printed.group();
            Http http = new Http(port(first));
            LedgerScenario scenario = new LedgerScenario(http, adminKey);
            acme = scenario.partnerKey("acme");
            String globex = scenario.partnerKey("globex");
            String initech = scenario.partnerKey("initech");
            http.post("/api/v1/alliances", acme, LedgerScenario.proposal(allianceId));
            http.post("/api/v1/alliances/" + allianceId + "/acceptance", globex, "");
            assertThat(http.post("/api/v1/alliances/" + allianceId + "/acceptance", initech, "").text("status"))
                    .isEqualTo("ACTIVE");
            assertPrintedPsqlCommandReachesTheLedger(output.getOut(), dataDir);
        }
        int printedBefore = output.getOut().length();

        try (ConfigurableApplicationContext second = start(dataDir)) {
            Http http = new Http(port(second));
            assertThat(http.get("/api/v1/alliances/" + allianceId, acme).text("status")).isEqualTo("ACTIVE");
            assertThat(http.get("/api/v1/partners/acme", adminKey).status()).isEqualTo(200);
            assertThat(GENERATED_KEY.matcher(output.getOut().substring(printedBefore)).find())
                    .as("no second admin key is generated").isFalse();
            assertPrintedPsqlCommandReachesTheLedger(output.getOut().substring(printedBefore), dataDir);
        }
    }

    /** Follows the printed psql line: its host, port, user and password file, and no password, no entry. */
    private static void assertPrintedPsqlCommandReachesTheLedger(String printed, Path dataDir) throws Exception {
        Matcher psql = PSQL.matcher(printed);
        assertThat(psql.find()).as("the start prints how to connect with psql").isTrue();
        Path passwordFile = Path.of(psql.group(1));
        assertThat(passwordFile).isEqualTo(dataDir.toAbsolutePath().normalize().resolve("postgres-password"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        String url = "jdbc:postgresql://127.0.0.1:" + psql.group(2) + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", Files.readString(passwordFile));
             ResultSet alliances = connection.createStatement().executeQuery("SELECT count(*) FROM alliance_directory")) {
            assertThat(alliances.next()).isTrue();
            assertThat(alliances.getLong(1)).isEqualTo(1);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "guessed"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // Command-line arguments, because they win over application.yml and the environment.
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run("--ledger.db.url=", "--ledger.admin-key=", "--server.port=0",
                        "--ledger.embedded.data-dir=" + dataDir);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}

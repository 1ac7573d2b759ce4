package org.allianceledger.api.security;

import com.zaxxer.hikari.HikariDataSource;
import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.LedgerScenario;
import org.allianceledger.api.support.RawHttp;
import org.allianceledger.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret reaches the log: not the bootstrap ADMIN key, not a key issued through the API, not a wrong or
 * malformed key a client sends (a real key with a typo or a stray control character is one), not the database
 * password (also when it is written into LEDGER_DB_URL), not the BI role's password. The service runs in a context
 * of its own, started while the output is captured, so its startup is read too.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SecretsStayOutOfLogsIT {

    private static final String ADMIN_KEY = "log-probe-admin-" + UUID.randomUUID();
    private static final String BI_PASSWORD = "log-probe-bi-" + UUID.randomUUID();
    private static String dbPassword;

    @LocalServerPort
    private int port;

    @Autowired
    private HikariDataSource dataSource;

    /**
     * The test server's password, or where it has none (it trusts its clients, as the embedded one does) one made up
     * here: the server ignores it, the service still carries it around.
     */
    @DynamicPropertySource
    static void configuration(DynamicPropertyRegistry registry) {
        TestDatabase.Coordinates db = TestDatabase.fresh();
        dbPassword = db.password().isEmpty() ? "log-probe-db-" + UUID.randomUUID() : db.password();
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "password="
                + URLEncoder.encode(dbPassword, StandardCharsets.UTF_8);
        registry.add("ledger.db.url", () -> url);
        registry.add("ledger.db.user", db::user);
        registry.add("ledger.db.password", () -> dbPassword);
        registry.add("ledger.admin-key", () -> ADMIN_KEY);
        registry.add("spring.flyway.placeholders.biPassword", () -> BI_PASSWORD);
    }

    @Test
    void noKeyIssuedOrSentAndNoPasswordIsLogged(CapturedOutput output) {
        Http http = new Http(port);
        RawHttp raw = new RawHttp(port);
        LedgerScenario scenario = new LedgerScenario(http, ADMIN_KEY);
        List<String> secrets = new ArrayList<>(List.of(ADMIN_KEY, BI_PASSWORD, dbPassword, dataSource.getPassword()));

        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String auditor = scenario.auditorKey();
        Http.Response admin = http.post("/api/v1/api-keys", ADMIN_KEY, "{\"role\": \"ADMIN\"}");
        Http.Response revoked = http.post("/api/v1/api-keys", admin.text("secret"), "{\"role\": \"PARTNER\", \"partnerId\": \"acme\"}");
        assertThat(http.delete("/api/v1/api-keys/" + revoked.text("keyId"), ADMIN_KEY).status()).isEqualTo(204);
        secrets.addAll(List.of(acme, globex, auditor, admin.text("secret"), revoked.text("secret")));
        for (String key : List.of(acme, globex, auditor)) {
            assertThat(http.get("/api/v1/alliances", key).status()).as("the key works").isEqualTo(200);
        }

        // a control character makes Tomcat refuse the header line before the application sees it
        assertThat(raw.send("GET /api/v1/alliances HTTP/1.1", "Authorization: Bearer " + acme + "\u0001").status())
                .isEqualTo(400);
        String typo = acme.substring(0, acme.length() - 1) + (acme.endsWith("x") ? "y" : "x");
        String unknown = "alk_" + UUID.randomUUID();
        String tooLong = "alk_" + "k".repeat(10_000) + UUID.randomUUID();
        secrets.addAll(List.of(typo, unknown, tooLong));
        for (String wrong : List.of(typo, unknown, ADMIN_KEY + "0", revoked.text("secret"))) {
            assertThat(http.get("/api/v1/alliances", wrong).status()).as("a wrong key").isEqualTo(401);
        }
        for (String header : List.of("Bearer " + globex + " " + unknown, "Basic " + globex, "Token " + ADMIN_KEY,
                "Bearer " + tooLong)) {
            assertThat(http.send("GET", "/api/v1/alliances", null, null, null, Map.of("Authorization", header))
                    .status()).as(header.substring(0, 10)).isIn(400, 401);
        }
        assertThat(raw.send("GET /api/v1/alliances HTTP/1.1", "Authorization: Bearer " + globex + "\u00e9").status())
                .isEqualTo(401);

        String log = output.getAll();
        assertThat(log).as("the captured log covers the start").contains("ADMIN API key: the one given in LEDGER_ADMIN_KEY");
        for (String secret : secrets) {
            assertThat(log.contains(secret)).as("the log holds the secret " + secret.substring(0, 12) + "…").isFalse();
        }
    }
}

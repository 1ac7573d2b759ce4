package org.allianceledger.api.reliability;

import org.allianceledger.api.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The tables commands check (directories, conversion index) are written in the command's own transaction. When
 * such a write fails, the command fails and nothing of it is stored: no 2xx for an event that was rolled back,
 * and no copy of the aggregate in memory that holds it, so the aggregate's next command is stored in sequence
 * and the hash chain verifies. Nor is a transaction whose statement failed ever reported committed, even when
 * the failure was caught on the way.
 */
class SameTransactionFailuresIT extends ReliabilityLedger {

    private static final String FAILURE_TRIGGER = "same_transaction_failure";

    @Autowired
    private DataSource dataSource;

    @Autowired
    private PlatformTransactionManager transactions;

    @AfterEach
    void removeInjectedFailures() {
        for (String table : new String[]{"partner_directory", "alliance_directory", "conversion_index"}) {
            jdbc.sql("DROP TRIGGER IF EXISTS " + FAILURE_TRIGGER + " ON " + table).update();
        }
        jdbc.sql("DROP FUNCTION IF EXISTS " + FAILURE_TRIGGER + "()").update();
    }

    @Test
    void aConversionIdRacingAnUncommittedOneIsRefusedAndNothingOfItIsStored() throws Exception {
        String globex = scenario.partnerKey("globex");
        String alliance = scenario.activeAlliance(scenario.partnerKey("acme"), globex, scenario.partnerKey("initech"));
        String customer = "racing-" + UUID.randomUUID();
        assertThat(http.post(alliance + "/referrals", scenario.partnerKey("acme"), referral(customer)).status())
                .isEqualTo(201);
        String conversionId = UUID.randomUUID().toString();

        Http.Response answer;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement hold = other.prepareStatement(
                    "INSERT INTO conversion_index (alliance_id, conversion_id, customer_ref) VALUES (?::uuid, ?::uuid, ?)")) {
                hold.setString(1, id(alliance));
                hold.setString(2, conversionId);
                hold.setString(3, "another-customer");
                hold.executeUpdate();
            }
            CompletableFuture<Http.Response> conversion = CompletableFuture.supplyAsync(() ->
                    http.post(alliance + "/conversions", globex, conversion(conversionId, customer)));
            await().atMost(Duration.ofSeconds(10)).until(() -> conversion.isDone() || aBackendWaitsForALock());
            other.commit();
            answer = conversion.get();
        }

        assertThat(answer.status()).as(answer.raw()).isEqualTo(409);
        assertThat(answer.problem()).isEqualTo("conversion-already-exists");
        assertThat(events().countOf("ConversionRecorded", conversionId)).isZero();
        assertThat(http.post(alliance + "/referrals", scenario.partnerKey("initech"), referral(customer)).status())
                .as("the journey's next event takes the next sequence number").isEqualTo(201);
        assertThat(http.post(alliance + "/conversions", globex, conversion(UUID.randomUUID().toString(), customer))
                .status()).isEqualTo(201);
        assertChainVerifies(alliance);
        jdbc.sql("DELETE FROM conversion_index WHERE conversion_id = :id::uuid").param("id", conversionId).update();
    }

    @Test
    void aFailingConversionIndexFailsTheConversion() {
        String globex = scenario.partnerKey("globex");
        String alliance = scenario.activeAlliance(scenario.partnerKey("acme"), globex, scenario.partnerKey("initech"));
        String customer = "indexed-" + UUID.randomUUID();
        String conversionId = UUID.randomUUID().toString();
        failWritesOf("conversion_index", "customer_ref", customer);

        Http.Response refused = http.post(alliance + "/conversions", globex, conversion(conversionId, customer));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(500);
        assertThat(events().countOf("ConversionRecorded", conversionId)).isZero();
        removeInjectedFailures();
        assertThat(http.post(alliance + "/conversions", globex, conversion(conversionId, customer)).status())
                .as("the same conversion, sent again once the cause is gone").isEqualTo(201);
        assertThat(events().countOf("ConversionRecorded", conversionId)).isEqualTo(1);
        assertChainVerifies(alliance);
    }

    @Test
    void aFailingAllianceDirectoryFailsTheAllianceCommand() {
        String acme = scenario.partnerKey("acme");
        String alliance = scenario.activeAlliance(acme, scenario.partnerKey("globex"), scenario.partnerKey("initech"));
        failWritesOf("alliance_directory", "status", "SUSPENDED");

        Http.Response refused = http.post(alliance + "/suspension", acme, "{\"reason\": \"audit\"}");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(500);
        assertThat(events().countOf("AllianceSuspended", id(alliance))).isZero();
        assertThat(http.get(alliance, acme).text("status")).isEqualTo("ACTIVE");
        removeInjectedFailures();
        assertThat(http.post(alliance + "/suspension", acme, "{\"reason\": \"audit\"}").status())
                .as("decided on the stored events, not on a copy that kept the failed suspension").isEqualTo(200);
        assertThat(events().countOf("AllianceSuspended", id(alliance))).isEqualTo(1);
        assertChainVerifies(alliance);
    }

    @Test
    void aFailingPartnerDirectoryFailsTheRegistration() {
        String partner = "failing-" + UUID.randomUUID().toString().substring(0, 8);
        failWritesOf("partner_directory", "partner_id", partner);
        String registration = "{\"partnerId\": \"" + partner + "\", \"name\": \"Failing Corp\"}";

        Http.Response refused = http.post("/api/v1/partners", ADMIN_KEY, registration);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(500);
        assertThat(events().countOf("PartnerRegistered", partner)).isZero();
        assertThat(http.get("/api/v1/partners/" + partner, ADMIN_KEY).status()).isEqualTo(404);
        removeInjectedFailures();
        assertThat(http.post("/api/v1/partners", ADMIN_KEY, registration).status()).isEqualTo(201);
        assertThat(events().countOf("PartnerRegistered", partner)).isEqualTo(1);
    }

    @Test
    void aTransactionWhoseStatementFailedIsNeverReportedCommitted() {
        String partner = "swallowed-" + UUID.randomUUID().toString().substring(0, 8);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO partner_directory (partner_id, name, registered_at) VALUES (:id, 'Swallowed', now())")
                    .param("id", partner).update();
            try {
                jdbc.sql("SELECT 1 / 0").query(Integer.class).single();
            } catch (DataAccessException swallowed) {
                // as a handler that logs and goes on would
            }
        })).isInstanceOf(UnexpectedRollbackException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM partner_directory WHERE partner_id = :id").param("id", partner)
                .query(Long.class).single()).isZero();
    }

    /** A trigger that refuses every insert or update of the table whose column holds the value. */
    private void failWritesOf(String table, String column, String value) {
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.%s::text = '%s' THEN RAISE EXCEPTION 'injected failure'; END IF;
                    RETURN NEW;
                END $$""".formatted(FAILURE_TRIGGER, column, value)).update();
        jdbc.sql("CREATE TRIGGER %s BEFORE INSERT OR UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION %s()"
                .formatted(FAILURE_TRIGGER, table, FAILURE_TRIGGER)).update();
    }

    private boolean aBackendWaitsForALock() {
        return jdbc.sql("SELECT count(*) FROM pg_locks WHERE NOT granted").query(Long.class).single() > 0;
    }

    private void assertChainVerifies(String alliance) {
        Http.Response verification = http.get("/api/v1/audit/verify?allianceId=" + id(alliance), scenario.auditorKey());
        assertThat(verification.body().path("ok").asBoolean()).as(verification.raw()).isTrue();
    }

    private static String referral(String customer) {
        return """
                {"toPartner": "globex", "customerRef": "%s", "occurredAt": "2027-02-01T08:00:00Z"}""".formatted(customer);
    }

    private static String conversion(String id, String customer) {
        return """
                {"conversionId": "%s", "customerRef": "%s", "revenue": {"amount": "250.00", "currency": "EUR"},
                 "occurredAt": "2027-02-01T09:30:00Z"}""".formatted(id, customer);
    }

    private static String id(String alliancePath) {
        return alliancePath.substring(alliancePath.lastIndexOf('/') + 1);
    }
}

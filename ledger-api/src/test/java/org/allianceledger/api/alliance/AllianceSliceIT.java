package org.allianceledger.api.alliance;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.allianceledger.api.support.LedgerScenario.proposal;
import static org.assertj.core.api.Assertions.assertThat;

/** The first slice, over real HTTP: partners propose an alliance and accept it. */
class AllianceSliceIT extends RunningLedger {

    private String acme;
    private String globex;
    private String initech;
    private String umbrella;

    @BeforeEach
    void partners() {
        acme = scenario.partnerKey("acme");
        globex = scenario.partnerKey("globex");
        initech = scenario.partnerKey("initech");
        umbrella = scenario.partnerKey("umbrella");
    }

    @Test
    void allianceBecomesActiveOnceEveryPartnerAccepted() {
        String id = UUID.randomUUID().toString();

        Http.Response proposed = http.post("/api/v1/alliances", acme, proposal(id));
        assertThat(proposed.status()).isEqualTo(201);
        assertThat(proposed.header("Location")).isEqualTo("/api/v1/alliances/" + id);
        assertThat(proposed.text("status")).isEqualTo("PROPOSED");
        assertThat(proposed.text("proposedBy")).isEqualTo("acme");

        assertThat(http.post("/api/v1/alliances/" + id + "/acceptance", globex, "").text("status"))
                .isEqualTo("PROPOSED");
        Http.Response active = http.post("/api/v1/alliances/" + id + "/acceptance", initech, "");

        assertThat(active.status()).isEqualTo(200);
        assertThat(active.text("status")).isEqualTo("ACTIVE");
        assertThat(active.body().path("partners").findValuesAsText("partnerId"))
                .containsExactly("acme", "globex", "initech");
        assertThat(active.body().path("partners").findValues("acceptedAt")).noneMatch(JsonNode::isNull);
        assertThat(active.body().at("/terms/costShareBps/globex").asInt()).isEqualTo(3000);

        Http.Response read = http.get("/api/v1/alliances/" + id, globex);
        assertThat(read.text("status")).isEqualTo("ACTIVE");
        assertThat(read.header("ETag")).isEqualTo("\"" + read.body().path("version").asLong() + "\"");
    }

    @Test
    void costSharesThatDoNotAddUpToTheWholeAreRejectedAndNothingIsRecorded() {
        long before = storedEvents();

        Http.Response rejected = http.post("/api/v1/alliances", acme,
                proposal(UUID.randomUUID().toString(), "\"EUR\"", 5000, 3000, 1999));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.problem()).isEqualTo("cost-shares-must-sum-to-10000");
        assertThat(rejected.text("detail")).contains("9999");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aCurrencyThatDoesNotExistIsRejectedNamingTheField() {
        long before = storedEvents();

        Http.Response rejected = http.post("/api/v1/alliances", acme,
                proposal(UUID.randomUUID().toString(), "\"XYZ\"", 5000, 3000, 2000));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.problem()).isEqualTo("invalid-request");
        assertThat(rejected.body().at("/errors/0/field").asText()).isEqualTo("currency");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRejected() {
        long before = storedEvents();

        Http.Response rejected = http.post("/api/v1/alliances", acme, "{\"name\": \"Spring launch\",");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.problem()).isEqualTo("malformed-request");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aFieldThatIsNotPartOfTheRequestIsRejected() {
        String smuggled = proposal(UUID.randomUUID().toString()).replaceFirst("\\{", "{\"paidBy\": \"globex\", ");

        Http.Response rejected = http.post("/api/v1/alliances", acme, smuggled);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body().at("/errors/0/field").asText()).isEqualTo("paidBy");
    }

    @Test
    void aPartnerMayNotProposeAnAllianceItIsNotPartOf() {
        long before = storedEvents();

        Http.Response rejected = http.post("/api/v1/alliances", umbrella, proposal(UUID.randomUUID().toString()));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.problem()).isEqualTo("proposer-must-be-partner");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPartnerOutsideTheAllianceCannotAcceptItNorSeeIt() {
        String id = proposeAlliance();
        long before = storedEvents();

        Http.Response accept = http.post("/api/v1/alliances/" + id + "/acceptance", umbrella, "");
        Http.Response read = http.get("/api/v1/alliances/" + id, umbrella);

        assertThat(accept.status()).isEqualTo(404);
        assertThat(accept.problem()).isEqualTo("alliance-not-found");
        assertThat(read.status()).isEqualTo(404);
        assertThat(http.get("/api/v1/alliances", umbrella).body().path("alliances").findValuesAsText("allianceId"))
                .doesNotContain(id);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPartnerCannotAcceptTwice() {
        String id = proposeAlliance();
        http.post("/api/v1/alliances/" + id + "/acceptance", globex, "");

        Http.Response again = http.post("/api/v1/alliances/" + id + "/acceptance", globex, "");

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.problem()).isEqualTo("already-accepted");
    }

    @Test
    void aClientChosenAllianceIdCannotBeUsedTwice() {
        String id = proposeAlliance();

        Http.Response again = http.post("/api/v1/alliances", acme, proposal(id));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("alliance-already-exists");
    }

    @Test
    void everyEventCarriesWhoActedAndTheCorrelationId() {
        String id = proposeAlliance();

        String metaData = jdbc.sql("""
                        SELECT convert_from(metadata, 'UTF8') FROM domainevententry
                        WHERE aggregateidentifier = :id AND sequencenumber = 0""")
                .param("id", id)
                .query(String.class).single();

        assertThat(metaData).contains("\"partner\":\"acme\"").contains("\"actor\":").contains("\"correlationId\":");
    }

    @Test
    void theListOfAlliancesComesInPagesNewestFirst() {
        String umbrellaOnly = scenario.partnerKey("umbrella");
        String first = proposeAlliance();
        String second = proposeAlliance();
        String third = proposeAlliance();

        Http.Response page = http.get("/api/v1/alliances?limit=2", globex);
        Http.Response rest = http.get("/api/v1/alliances?limit=2&after=" + page.text("nextCursor"), globex);

        assertThat(page.body().path("alliances").findValuesAsText("allianceId")).containsExactly(third, second);
        assertThat(rest.body().path("alliances").findValuesAsText("allianceId")).startsWith(first);
        assertThat(http.get("/api/v1/alliances", umbrellaOnly).body().path("alliances")).isEmpty();
        assertThat(http.get("/api/v1/alliances?after=garbage", globex).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/alliances?limit=501", globex).status()).isEqualTo(400);
    }

    private String proposeAlliance() {
        String id = UUID.randomUUID().toString();
        assertThat(http.post("/api/v1/alliances", acme, proposal(id)).status()).isEqualTo(201);
        return id;
    }
}

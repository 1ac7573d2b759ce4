package org.allianceledger.api.alliance;

import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.allianceledger.api.support.LedgerScenario.proposal;
import static org.assertj.core.api.Assertions.assertThat;

class AllianceLifecycleIT extends RunningLedger {

    private String acme;
    private String globex;
    private String initech;

    @BeforeEach
    void partners() {
        acme = scenario.partnerKey("acme");
        globex = scenario.partnerKey("globex");
        initech = scenario.partnerKey("initech");
    }

    @Test
    void amendedTermsBecomeTheNextVersionOnceEveryPartnerAccepted() {
        String id = activeAlliance();
        String amendmentId = UUID.randomUUID().toString();

        Http.Response proposed = http.post("/api/v1/alliances/" + id + "/amendments", globex, """
                {"amendmentId": "%s", "terms": {"effectiveFrom": "2027-04-01",
                  "costShareBps": {"acme": 4000, "globex": 4000, "initech": 2000},
                  "referralCommissionBps": 1500, "attribution": {"model": "LINEAR", "lookbackDays": 60}}}"""
                .formatted(amendmentId));
        assertThat(proposed.status()).isEqualTo(201);
        assertThat(proposed.header("Location")).isEqualTo("/api/v1/alliances/" + id + "/amendments/" + amendmentId);
        assertThat(proposed.body().path("termsVersion").asInt()).isEqualTo(1);

        http.post("/api/v1/alliances/" + id + "/amendments/" + amendmentId + "/acceptance", acme, "");
        Http.Response agreed = http.post("/api/v1/alliances/" + id + "/amendments/" + amendmentId + "/acceptance",
                initech, "");

        assertThat(agreed.status()).isEqualTo(200);
        assertThat(agreed.body().path("termsVersion").asInt()).isEqualTo(2);
        assertThat(agreed.body().at("/terms/costShareBps/acme").asInt()).isEqualTo(4000);
        assertThat(agreed.body().at("/terms/effectiveFrom").asText()).isEqualTo("2027-04-01");
        assertThat(agreed.body().at("/amendments/0/agreedAsVersion").asInt()).isEqualTo(2);
        assertThat(agreed.body().at("/amendments/0/acceptedBy").size()).isEqualTo(3);
    }

    @Test
    void anAmendmentDatedBeforeTheCurrentTermsIsRejected() {
        String id = activeAlliance();
        long before = storedEvents();

        Http.Response rejected = http.post("/api/v1/alliances/" + id + "/amendments", globex, """
                {"terms": {"effectiveFrom": "2026-12-01",
                  "costShareBps": {"acme": 4000, "globex": 4000, "initech": 2000},
                  "referralCommissionBps": 1500, "attribution": {"model": "LINEAR", "lookbackDays": 60}}}""");

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.problem()).isEqualTo("amendment-effective-before-current-terms");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPartnerSuspendsResumesAndDissolvesTheAlliance() {
        String id = activeAlliance();

        assertThat(http.post("/api/v1/alliances/" + id + "/suspension", globex, "{\"reason\": \"audit\"}")
                .text("status")).isEqualTo("SUSPENDED");
        assertThat(http.post("/api/v1/alliances/" + id + "/suspension", globex, "").problem())
                .isEqualTo("alliance-not-active");
        assertThat(http.post("/api/v1/alliances/" + id + "/resumption", acme, "").text("status")).isEqualTo("ACTIVE");
        assertThat(http.post("/api/v1/alliances/" + id + "/dissolution", initech, "{\"reason\": \"done\"}")
                .text("status")).isEqualTo("DISSOLVED");
    }

    @Test
    void aDeclinedProposalCanNoLongerBeAccepted() {
        String id = UUID.randomUUID().toString();
        http.post("/api/v1/alliances", acme, proposal(id));

        assertThat(http.post("/api/v1/alliances/" + id + "/decline", globex, "{\"reason\": \"no budget\"}")
                .text("status")).isEqualTo("DECLINED");
        Http.Response accept = http.post("/api/v1/alliances/" + id + "/acceptance", initech, "");
        assertThat(accept.status()).isEqualTo(422);
        assertThat(accept.problem()).isEqualTo("alliance-not-awaiting-acceptance");
    }

    private String activeAlliance() {
        String alliance = scenario.activeAlliance(acme, globex, initech);
        return alliance.substring(alliance.lastIndexOf('/') + 1);
    }
}

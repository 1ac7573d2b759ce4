package org.allianceledger.api.journey;

import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class JourneyIT extends RunningLedger {

    private String acme;
    private String globex;
    private String alliance;

    @BeforeEach
    void activeAlliance() {
        acme = scenario.partnerKey("acme");
        globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        alliance = scenario.activeAlliance(acme, globex, initech);
    }

    @Test
    void aConversionWithoutQualifyingReferralIsRecordedUnattributed() {
        Http.Response sale = http.post(alliance + "/conversions", globex, conversion(null, "cust-1"));

        assertThat(sale.status()).isEqualTo(201);
        assertThat(sale.at("/commission/amount")).isEqualTo("0.00");
        assertThat(sale.body().path("referrers")).isEmpty();
    }

    @Test
    void aConversionIdIsUsedOnceInTheAllianceEvenForAnotherCustomer() {
        String id = UUID.randomUUID().toString();
        http.post(alliance + "/conversions", globex, conversion(id, "cust-1"));

        Http.Response again = http.post(alliance + "/conversions", globex, conversion(id, "cust-2"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("conversion-already-exists");
    }

    @Test
    void onlyTheReceiverRefundsAKnownConversionOnce() {
        String id = http.post(alliance + "/conversions", globex, conversion(null, "cust-1")).text("conversionId");

        assertThat(http.post(alliance + "/conversions/" + UUID.randomUUID() + "/reversal", globex, "").problem())
                .isEqualTo("conversion-not-found");
        assertThat(http.post(alliance + "/conversions/" + id + "/reversal", acme, "").problem())
                .isEqualTo("only-receiver-may-refund");
        assertThat(http.post(alliance + "/conversions/" + id + "/reversal", globex, "").status()).isEqualTo(200);
        assertThat(http.post(alliance + "/conversions/" + id + "/reversal", globex, "").problem())
                .isEqualTo("conversion-already-reversed");
    }

    @Test
    void aPartnerCannotReferACustomerToItselfNorRecordWhileSuspended() {
        Http.Response self = http.post(alliance + "/referrals", acme, referral("acme", "cust-3"));
        http.post(alliance + "/suspension", globex, "{\"reason\": \"audit\"}");
        long before = storedEvents();
        Http.Response suspended = http.post(alliance + "/referrals", acme, referral("globex", "cust-3"));

        assertThat(self.problem()).isEqualTo("referral-to-self");
        assertThat(suspended.problem()).isEqualTo("alliance-not-active");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aJourneyIsDecidedOnTheAllianceAsItIsNotAsTheLastCommandSawIt() {
        assertThat(http.post(alliance + "/referrals", acme, referral("globex", "cust-4")).status()).isEqualTo(201);
        http.post(alliance + "/suspension", globex, "{\"reason\": \"audit\"}");
        long before = storedEvents();

        Http.Response whileSuspended = http.post(alliance + "/referrals", acme, referral("globex", "cust-4"));
        assertThat(whileSuspended.problem()).isEqualTo("alliance-not-active");
        assertThat(storedEvents()).isEqualTo(before);

        http.post(alliance + "/resumption", acme, "");
        assertThat(http.post(alliance + "/referrals", acme, referral("globex", "cust-4")).status()).isEqualTo(201);
    }

    @Test
    void aCustomerReferenceIsPseudonymousNotPersonalData() {
        Http.Response rejected = http.post(alliance + "/referrals", acme, referral("globex", "jane.doe@example.com"));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body().at("/errors/0/field").asText()).isEqualTo("customerRef");
    }

    private static String conversion(String id, String customer) {
        return """
                {"conversionId": %s, "customerRef": "%s", "revenue": {"amount": "250.00", "currency": "EUR"},
                 "occurredAt": "2027-02-01T09:30:00Z"}""".formatted(id == null ? "null" : "\"" + id + "\"", customer);
    }

    private static String referral(String to, String customer) {
        return """
                {"toPartner": "%s", "customerRef": "%s", "occurredAt": "2027-01-20T10:00:00Z"}""".formatted(to, customer);
    }
}

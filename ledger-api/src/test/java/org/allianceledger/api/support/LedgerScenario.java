package org.allianceledger.api.support;

import java.util.UUID;

/** Steps every API test needs: partners, their keys, and an alliance proposal body. */
public final class LedgerScenario {

    private final Http http;
    private final String adminKey;

    public LedgerScenario(Http http, String adminKey) {
        this.http = http;
        this.adminKey = adminKey;
    }

    /** Registers the partner (if it is not yet) and returns a new PARTNER key for it. */
    public String partnerKey(String partnerId) {
        Http.Response registered = http.post("/api/v1/partners", adminKey,
                "{\"partnerId\": \"" + partnerId + "\", \"name\": \"" + partnerId + " Corp\"}");
        if (registered.status() != 201 && registered.status() != 409) {
            throw new IllegalStateException("registering " + partnerId + " answered " + registered.body());
        }
        return key("{\"role\": \"PARTNER\", \"partnerId\": \"" + partnerId + "\"}");
    }

    public String auditorKey() {
        return key("{\"role\": \"AUDITOR\"}");
    }

    private String key(String request) {
        Http.Response issued = http.post("/api/v1/api-keys", adminKey, request);
        if (issued.status() != 201) {
            throw new IllegalStateException("issuing a key answered " + issued.body());
        }
        return issued.text("secret");
    }

    /**
     * Proposes (as acme) the alliance of {@link #proposal(String)} and has globex and initech accept it.
     *
     * @return the ACTIVE alliance's path, {@code /api/v1/alliances/<id>}
     */
    public String activeAlliance(String acme, String globex, String initech) {
        String id = UUID.randomUUID().toString();
        String alliance = "/api/v1/alliances/" + id;
        expect(201, http.post("/api/v1/alliances", acme, proposal(id)));
        expect(200, http.post(alliance + "/acceptance", globex, ""));
        expect(200, http.post(alliance + "/acceptance", initech, ""));
        return alliance;
    }

    /**
     * Launches a campaign running from 2027-01-01 to 2027-06-30 in which every given partner commits the
     * amount (EUR).
     *
     * @return the campaign's path
     */
    public String fundedCampaign(String alliance, String amount, String... partnerKeys) {
        String campaign = alliance + "/campaigns/" + expect(201, http.post(alliance + "/campaigns", partnerKeys[0],
                "{\"name\": \"H1\", \"startsOn\": \"2027-01-01\", \"endsOn\": \"2027-06-30\"}")).text("campaignId");
        for (String key : partnerKeys) {
            expect(200, http.post(campaign + "/commitments", key,
                    "{\"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}}"));
        }
        return campaign;
    }

    private static Http.Response expect(int status, Http.Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response.body());
        }
        return response;
    }

    /** A MARKETING alliance in EUR between acme, globex and initech sharing cost 50/30/20. */
    public static String proposal(String allianceId) {
        return proposal(allianceId, "\"EUR\"", 5000, 3000, 2000);
    }

    public static String proposal(String allianceId, String currency, int acme, int globex, int initech) {
        return """
                {"allianceId": "%s", "name": "Spring launch 2027", "kind": "MARKETING", "currency": %s,
                 "partners": ["acme", "globex", "initech"],
                 "terms": {"effectiveFrom": "2027-01-01",
                           "costShareBps": {"acme": %d, "globex": %d, "initech": %d},
                           "referralCommissionBps": 1000,
                           "attribution": {"model": "LAST_TOUCH", "lookbackDays": 30}}}"""
                .formatted(allianceId, currency, acme, globex, initech);
    }
}

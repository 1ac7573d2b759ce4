package org.allianceledger.api.support;

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

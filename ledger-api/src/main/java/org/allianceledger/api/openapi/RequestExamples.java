package org.allianceledger.api.openapi;

import java.util.Map;
import java.util.Optional;

/** An example request body for every POST that takes one, keyed by its path pattern. */
final class RequestExamples {

    private static final String TERMS = """
            {"effectiveFrom": "2027-01-01", "costShareBps": {"acme": 5000, "globex": 3000, "initech": 2000},
             "referralCommissionBps": 1000, "attribution": {"model": "LAST_TOUCH", "lookbackDays": 30}}""";

    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("/api/v1/partners", """
                    {"partnerId": "acme", "name": "Acme Corp"}"""),
            Map.entry("/api/v1/api-keys", """
                    {"role": "PARTNER", "partnerId": "acme"}"""),
            Map.entry("/api/v1/alliances", """
                    {"name": "Spring launch 2027", "kind": "MARKETING", "currency": "EUR",
                     "partners": ["acme", "globex", "initech"], "terms": %s}""".formatted(TERMS)),
            Map.entry("/api/v1/alliances/{allianceId}/amendments", """
                    {"terms": %s}""".formatted(TERMS.replace("2027-01-01", "2027-04-01"))),
            Map.entry("/api/v1/alliances/{allianceId}/decline", """
                    {"reason": "no budget this year"}"""),
            Map.entry("/api/v1/alliances/{allianceId}/suspension", """
                    {"reason": "audit of Q1 invoices"}"""),
            Map.entry("/api/v1/alliances/{allianceId}/dissolution", """
                    {"reason": "joint programme ended"}"""),
            Map.entry("/api/v1/alliances/{allianceId}/campaigns", """
                    {"name": "Q1 webinar series", "startsOn": "2027-01-01", "endsOn": "2027-03-31"}"""),
            Map.entry("/api/v1/alliances/{allianceId}/campaigns/{campaignId}/commitments", """
                    {"amount": {"amount": "5000.00", "currency": "EUR"}}"""),
            Map.entry("/api/v1/alliances/{allianceId}/campaigns/{campaignId}/spend", """
                    {"amount": {"amount": "1234.50", "currency": "EUR"}, "category": "EVENTS",
                     "vendor": "Hall Rentals BV", "invoiceRef": "INV-1001", "incurredOn": "2027-01-15"}"""),
            Map.entry("/api/v1/alliances/{allianceId}/campaigns/{campaignId}/spend/{spendId}/reversal", """
                    {"reason": "invoice credited"}"""),
            Map.entry("/api/v1/alliances/{allianceId}/referrals", """
                    {"toPartner": "globex", "customerRef": "cust-8f3a", "occurredAt": "2027-01-20T10:00:00Z"}"""),
            Map.entry("/api/v1/alliances/{allianceId}/conversions", """
                    {"customerRef": "cust-8f3a", "revenue": {"amount": "1200.00", "currency": "EUR"},
                     "occurredAt": "2027-02-01T09:30:00Z"}"""),
            Map.entry("/api/v1/alliances/{allianceId}/conversions/{conversionId}/reversal", """
                    {"reason": "customer refunded"}"""),
            Map.entry("/api/v1/alliances/{allianceId}/settlement-payments", """
                    {"toPartner": "acme", "amount": {"amount": "150.00", "currency": "EUR"}, "paidOn": "2027-04-01",
                     "reference": "WIRE-77"}"""));

    private RequestExamples() {
    }

    static Optional<String> forPath(String path) {
        return Optional.ofNullable(EXAMPLES.get(path));
    }
}

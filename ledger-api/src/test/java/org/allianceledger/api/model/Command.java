package org.allianceledger.api.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A command a partner sends over HTTP: who sends it, where, with which body, and which facts of a 2xx answer
 * the model predicts ({@link #figuresOf}; the model's {@link Outcome} names the same figures).
 */
sealed interface Command {

    ObjectMapper JSON = new ObjectMapper();

    /** What kind of command it is, for the tally. */
    String kind();

    /** The partner whose key sends it: always the acting partner. */
    String partner();

    String allianceId();

    String path();

    String body();

    /** The facts of a 2xx answer that the model predicts, read from the response body. */
    default Map<String, String> figuresOf(JsonNode response) {
        return Map.of();
    }

    /** The same command with another body, as a client reusing an Idempotency-Key by mistake would send it. */
    default String alteredBody() {
        return body().isEmpty() ? "{}" : body().replaceFirst("\\{", "{\"altered\": true, ");
    }

    private static String alliancePath(String allianceId) {
        return "/api/v1/alliances/" + allianceId;
    }

    private static String json(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    /** Each partner's share of a spend or reversal, and the terms version that priced it. */
    private static Map<String, String> shares(JsonNode response) {
        Map<String, String> figures = new TreeMap<>();
        figures.put("termsVersion", response.path("termsVersion").asText());
        response.path("shares").forEach(share -> figures.put("share of " + share.path("partnerId").asText(),
                share.at("/share/amount").asText()));
        return figures;
    }

    /** A conversion's or refund's commission, and each referrer's weight, revenue and commission. */
    private static Map<String, String> commission(JsonNode response) {
        Map<String, String> figures = new TreeMap<>();
        figures.put("termsVersion", response.path("termsVersion").asText());
        figures.put("commission", response.at("/commission/amount").asText());
        response.path("referrers").forEach(referrer -> figures.put("referrer " + referrer.path("partnerId").asText(),
                Outcome.referrer(referrer.path("weight").asInt(), referrer.at("/revenue/amount").asText(),
                        referrer.at("/commission/amount").asText())));
        return figures;
    }

    record ProposeAlliance(String partner, String allianceId, List<String> partners, Terms terms) implements Command {
        public String kind() {
            return "propose-alliance";
        }

        public String path() {
            return "/api/v1/alliances";
        }

        public String body() {
            return json(fields("allianceId", allianceId, "name", "Model alliance", "kind", "MARKETING",
                    "currency", Cash.EUR, "partners", partners, "terms", terms.json()));
        }

        public Map<String, String> figuresOf(JsonNode response) {
            return Map.of("status", response.path("status").asText());
        }
    }

    record AcceptAlliance(String partner, String allianceId) implements Command {
        public String kind() {
            return "accept-alliance";
        }

        public String path() {
            return alliancePath(allianceId) + "/acceptance";
        }

        public String body() {
            return "";
        }

        public Map<String, String> figuresOf(JsonNode response) {
            return Map.of("status", response.path("status").asText());
        }
    }

    record ProposeAmendment(String partner, String allianceId, String amendmentId, Terms terms) implements Command {
        public String kind() {
            return "propose-amendment";
        }

        public String path() {
            return alliancePath(allianceId) + "/amendments";
        }

        public String body() {
            return json(fields("amendmentId", amendmentId, "terms", terms.json()));
        }
    }

    record AcceptAmendment(String partner, String allianceId, String amendmentId) implements Command {
        public String kind() {
            return "accept-amendment";
        }

        public String path() {
            return alliancePath(allianceId) + "/amendments/" + amendmentId + "/acceptance";
        }

        public String body() {
            return "";
        }

        public Map<String, String> figuresOf(JsonNode response) {
            return Map.of("termsVersion", response.path("termsVersion").asText());
        }
    }

    record SuspendAlliance(String partner, String allianceId) implements Command {
        public String kind() {
            return "suspend";
        }

        public String path() {
            return alliancePath(allianceId) + "/suspension";
        }

        public String body() {
            return json(fields("reason", "model: paused"));
        }
    }

    record ResumeAlliance(String partner, String allianceId) implements Command {
        public String kind() {
            return "resume";
        }

        public String path() {
            return alliancePath(allianceId) + "/resumption";
        }

        public String body() {
            return "";
        }
    }

    record LaunchCampaign(String partner, String allianceId, String campaignId, LocalDate startsOn,
                          LocalDate endsOn) implements Command {
        public String kind() {
            return "launch-campaign";
        }

        public String path() {
            return alliancePath(allianceId) + "/campaigns";
        }

        public String body() {
            return json(fields("campaignId", campaignId, "name", "Model campaign", "startsOn", startsOn.toString(),
                    "endsOn", endsOn.toString()));
        }
    }

    record CommitBudget(String partner, String allianceId, String campaignId, Cash amount) implements Command {
        public String kind() {
            return "commit-budget";
        }

        public String path() {
            return alliancePath(allianceId) + "/campaigns/" + campaignId + "/commitments";
        }

        public String body() {
            return json(fields("amount", amount.json()));
        }
    }

    record CloseCampaign(String partner, String allianceId, String campaignId) implements Command {
        public String kind() {
            return "close-campaign";
        }

        public String path() {
            return alliancePath(allianceId) + "/campaigns/" + campaignId + "/close";
        }

        public String body() {
            return "";
        }
    }

    record RecordSpend(String partner, String allianceId, String campaignId, String spendId, Cash amount,
                       String vendor, String invoiceRef, LocalDate incurredOn) implements Command {
        public String kind() {
            return "spend";
        }

        public String path() {
            return alliancePath(allianceId) + "/campaigns/" + campaignId + "/spend";
        }

        public String body() {
            return json(fields("spendId", spendId, "amount", amount.json(), "category", "EVENTS", "vendor", vendor,
                    "invoiceRef", invoiceRef, "incurredOn", incurredOn.toString()));
        }

        public Map<String, String> figuresOf(JsonNode response) {
            return shares(response);
        }
    }

    record ReverseSpend(String partner, String allianceId, String campaignId, String spendId) implements Command {
        public String kind() {
            return "reverse-spend";
        }

        public String path() {
            return alliancePath(allianceId) + "/campaigns/" + campaignId + "/spend/" + spendId + "/reversal";
        }

        public String body() {
            return json(fields("reason", "model: invoice credited"));
        }

        public Map<String, String> figuresOf(JsonNode response) {
            return shares(response);
        }
    }

    record RecordReferral(String partner, String allianceId, String referralId, String toPartner, String customer,
                          Instant occurredAt) implements Command {
        public String kind() {
            return "referral";
        }

        public String path() {
            return alliancePath(allianceId) + "/referrals";
        }

        public String body() {
            return json(fields("referralId", referralId, "toPartner", toPartner, "customerRef", customer,
                    "occurredAt", occurredAt.toString()));
        }
    }

    record RecordConversion(String partner, String allianceId, String conversionId, String customer, Cash revenue,
                            Instant occurredAt) implements Command {
        public String kind() {
            return "conversion";
        }

        public String path() {
            return alliancePath(allianceId) + "/conversions";
        }

        public String body() {
            return json(fields("conversionId", conversionId, "customerRef", customer, "revenue", revenue.json(),
                    "occurredAt", occurredAt.toString()));
        }

        public Map<String, String> figuresOf(JsonNode response) {
            return commission(response);
        }
    }

    record RefundConversion(String partner, String allianceId, String conversionId) implements Command {
        public String kind() {
            return "refund";
        }

        public String path() {
            return alliancePath(allianceId) + "/conversions/" + conversionId + "/reversal";
        }

        public String body() {
            return json(fields("reason", "model: customer refunded"));
        }

        public Map<String, String> figuresOf(JsonNode response) {
            return commission(response);
        }
    }

    record RecordPayment(String partner, String allianceId, String paymentId, String toPartner, Cash amount,
                         LocalDate paidOn) implements Command {
        public String kind() {
            return "payment";
        }

        public String path() {
            return alliancePath(allianceId) + "/settlement-payments";
        }

        public String body() {
            return json(fields("paymentId", paymentId, "toPartner", toPartner, "amount", amount.json(),
                    "paidOn", paidOn.toString(), "reference", "WIRE-" + paymentId.substring(0, 8)));
        }
    }
}

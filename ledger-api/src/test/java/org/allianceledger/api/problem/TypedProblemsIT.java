package org.allianceledger.api.problem;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RawHttp;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal is a problem with a named type, whoever refuses: the API key check, Spring MVC (no such path,
 * wrong method, content type or Accept, missing parameter) or the servlet container before the application sees
 * the request. Requests a client library would repair or refuse to send go over a raw socket.
 */
class TypedProblemsIT extends RunningLedger {

    @Test
    void aRequestWithoutAKeyIsChallengedToSendABearerToken() {
        Http.Response response = http.get("/api/v1/alliances", null);

        expectProblem(response, 401, "unauthenticated");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"alliance-ledger\"");
    }

    @Test
    void anUnknownOrRevokedKeyIsChallengedAsAnInvalidToken() {
        Http.Response issued = http.post("/api/v1/api-keys", ADMIN_KEY, "{\"role\": \"AUDITOR\"}");
        assertThat(http.delete("/api/v1/api-keys/" + issued.text("keyId"), ADMIN_KEY).status()).isEqualTo(204);

        for (String key : new String[]{"alk_no-such-key", issued.text("secret")}) {
            Http.Response response = http.get("/api/v1/alliances", key);
            expectProblem(response, 401, "unauthenticated");
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer realm=\"alliance-ledger\", ")
                    .contains("error=\"invalid_token\"");
        }
    }

    @Test
    void anUnknownPathIsNotFound() {
        String acme = scenario.partnerKey("acme");

        expectProblem(http.get("/api/v1/no-such-thing", acme), 404, "not-found");
        expectProblem(http.post("/api/v1/no-such-thing", acme, "{}"), 404, "not-found");
        expectProblem(http.get("/no-such-page", ADMIN_KEY), 404, "not-found");
    }

    @Test
    void theErrorPageAskedDirectlyIsNotFoundToo() {
        expectProblem(http.get("/error", null), 404, "not-found");
    }

    @Test
    void aWrongMethodIsNotAllowedAndTheAnswerSaysWhichAre() {
        Http.Response response = http.delete("/api/v1/alliances", scenario.partnerKey("acme"));

        expectProblem(response, 405, "method-not-allowed");
        assertThat(response.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        Http.Response response = http.send("POST", "/api/v1/alliances", scenario.partnerKey("acme"), "text/plain",
                "name=x".getBytes(StandardCharsets.UTF_8), Map.of());

        expectProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void anAnswerTheClientWillNotAcceptIsNotAcceptable() {
        Http.Response response = http.send("GET", "/api/v1/alliances", scenario.partnerKey("acme"), null, null,
                Map.of("Accept", "application/xml"));

        expectProblem(response, 406, "not-acceptable");
    }

    @Test
    void aMissingOrMalformedQueryParameterIsNamed() {
        String acme = scenario.partnerKey("acme");
        String alliance = scenario.activeAlliance(acme, scenario.partnerKey("globex"), scenario.partnerKey("initech"));
        String statement = alliance + "/statements/acme";

        Http.Response missing = http.get(statement + "?to=2027-12-31", acme);
        Http.Response malformed = http.get(statement + "?from=2027-13-01&to=2027-12-31", acme);

        expectProblem(missing, 400, "invalid-request");
        assertThat(missing.body().at("/errors/0/field").asText()).isEqualTo("from");
        expectProblem(malformed, 400, "invalid-request");
        assertThat(malformed.body().at("/errors/0/field").asText()).isEqualTo("from");
    }

    @Test
    void aQueryStringTheContainerCannotDecodeIsRefusedNotIgnored() {
        RawHttp.Response response = new RawHttp(port()).send("GET /api/v1/alliances?limit=%zz HTTP/1.1",
                "Authorization: Bearer " + scenario.partnerKey("acme"));

        expectProblem(response, 400, "malformed-request");
        assertThat(response.body().path("instance").asText()).isEqualTo("/api/v1/alliances");
    }

    @Test
    void requestsTheContainerRefusesBeforeTheApplicationAreProblemsNotHtml() {
        RawHttp raw = new RawHttp(port());
        String key = "Authorization: Bearer " + scenario.partnerKey("acme");
        for (String requestLine : new String[]{
                "GET /api/v1/alliances/%00 HTTP/1.1",
                "GET /api/v1/alliances/a%2Fb HTTP/1.1",
                "GET /api/v1/alliances/a%5Cb HTTP/1.1",
                "GET /api/v1/alliances/a%zz HTTP/1.1",
                "GET /api/v1/alli<ances> HTTP/1.1",
                "GET http://[broken/api/v1/alliances HTTP/1.1"}) {
            expectProblem(raw.send(requestLine, key), 400, "malformed-request");
            expectProblem(raw.send(requestLine, key, "Accept: text/html"), 400, "malformed-request");
        }
        expectProblem(raw.send("GET /api/v1/alliances HTTP/9.9", key), 505, "http-version-not-supported");
    }

    @Test
    void aMalformedHeaderLineIsAProblemThatDoesNotRepeatIt() {
        RawHttp.Response response = new RawHttp(port()).send("GET /api/v1/alliances HTTP/1.1",
                "Authorization: Bearer alk_typo\u0001");

        expectProblem(response, 400, "malformed-request");
        assertThat(response.raw()).doesNotContain("alk_typo");
    }

    @Test
    void pathsTheSecurityFirewallRefusesAreProblems() {
        String acme = scenario.partnerKey("acme");

        expectProblem(http.get("/api/v1/alliances;jsessionid=1", acme), 400, "malformed-request");
        expectProblem(http.get("/api/v1/alliances/%2e%2e/partners", acme), 400, "malformed-request");
    }

    private static void expectProblem(Http.Response response, int status, String name) {
        expectProblem(status, name, response.status(), response.header("Content-Type"), response.body(), response.raw());
    }

    private static void expectProblem(RawHttp.Response response, int status, String name) {
        expectProblem(status, name, response.status(), response.header("Content-Type"), response.body(), response.raw());
    }

    private static void expectProblem(int status, String name, int actualStatus, String contentType, JsonNode body,
                                      String raw) {
        assertThat(actualStatus).as(raw).isEqualTo(status);
        assertThat(contentType).as(raw).startsWith("application/problem+json");
        assertThat(body.path("type").asText()).as(raw).isEqualTo(Problems.TYPE_BASE + name);
        assertThat(body.path("status").asInt()).as(raw).isEqualTo(status);
    }
}

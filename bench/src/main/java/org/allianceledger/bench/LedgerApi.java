package org.allianceledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The service's REST API as a partner system sees it: one HTTP/1.1 client with a pool of kept-alive connections. */
final class LedgerApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    LedgerApi(URI base) {
        this.base = base;
    }

    /** A request the load generator sends: path under the base URI, key, and a JSON body for a POST (null: GET). */
    record Call(String path, String key, String body) {

        boolean isCommand() {
            return body != null;
        }
    }

    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Answer send(Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + call.key());
        if (call.isCommand()) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(call.body()));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(599, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(599, "interrupted");
        }
    }

    /** Sends a setup request that must succeed. */
    JsonNode expectOk(Call call) {
        Answer answer = send(call);
        if (!answer.ok()) {
            throw new IllegalStateException(call.path() + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body().isEmpty() ? JSON.nullNode() : answer.json();
    }
}

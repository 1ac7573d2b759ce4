package org.allianceledger.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;
import java.util.Map;

/** A plain HTTP client for tests that talk to the running service as a partner system would. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    public Http(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public Response get(String path, String key) {
        return send(request(path, key).GET());
    }

    public Response post(String path, String key, String body) {
        return post(path, key, body, Map.of());
    }

    public Response post(String path, String key, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    public Response delete(String path, String key) {
        return send(request(path, key).DELETE());
    }

    /** Any method, content type (none when null), raw body bytes and headers: for hostile requests. */
    public Response send(String method, String path, String key, String contentType, byte[] body,
                         Map<String, String> headers) {
        HttpRequest.Builder request = request(path, key).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request);
    }

    private HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode body = json && !response.body().isEmpty() ? JSON.readTree(response.body()) : JSON.nullNode();
            return new Response(response.statusCode(), body, response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status, the body as JSON (a null node when it is not JSON), the headers and the body as text. */
    public record Response(int status, JsonNode body, HttpHeaders headers, String raw) {

        public String text(String field) {
            return body.path(field).asText();
        }

        /** The last segment of a problem's type URI: the name of the broken rule or problem. */
        public String problem() {
            String type = body.path("type").asText();
            return type.substring(type.lastIndexOf('/') + 1);
        }

        /** The text at a JSON pointer, e.g. {@code at("/commission/amount")}. */
        public String at(String pointer) {
            return body.at(pointer).asText();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}

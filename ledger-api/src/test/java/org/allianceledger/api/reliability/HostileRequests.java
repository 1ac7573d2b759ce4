package org.allianceledger.api.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Makes hostile requests for one operation of the OpenAPI document from a seeded Random: a broken body
 * derived from the documented example, garbage path ids and query values, wrong content types.
 */
final class HostileRequests {

    /** One request to send, and what was done to it (for the failure message). */
    record Case(String method, String path, String contentType, byte[] body, Map<String, String> headers,
                String mutation) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RAW = "__raw_token__";
    private static final List<String> RAW_VALUES = List.of("1e400", "-1e400", "1000000000000000000000000000000",
            "-5", "0.001", "1.234", "NaN", "\"1e400\"", "\"1000000000000000000000000000000\"", "\"-5.00\"",
            "\"1.234\"", "\"0.001\"", "\"NaN\"", "\"1,00\"", "\" 1.00\"", "\"\\u202Eevil\\u200F\"", "\"a\\u0000b\"",
            "\"\\uD800\"", "\"x\\uDFFFy\"", "\"\\uD83D\\uDE00\\uD83D\\uDCA9\"", "\"" + "x".repeat(10_000) + "\"",
            "\"\"", "\"   \"", "[]", "{}", "null", "true", "0", "-0", "9223372036854775808",
            "\"2027-02-30\"", "\"9999999-01-01\"", "\"2027-01-01T25:00:00Z\"", "\"../../etc/passwd\"",
            "\"' OR 1=1 --\"", "\"<script>\"", "\"XXX\"", "\"eur\"", "\"ACME\"");
    private static final List<String> GARBAGE_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "-1", "..", "%00", "x".repeat(300), "\u202E\u200F", "\uD83D\uDCA9", "' OR 1=1 --", "ACME", "a");
    private static final List<String> BAD_QUERY_VALUES = List.of("garbage", "-1", "0", "999999999",
            "99999999999999999999", "", "nope", "2027-13-01", "2027-01-01T00:00:00", "\u0000", "\uD83D\uDCA9",
            "x".repeat(3000), "1e400", "NaN");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "application/json; charset=UTF-16", "multipart/form-data",
            "application/octet-stream", "*/*", "application/json;;");

    private final Random random;
    private final Map<String, String> realIds;

    HostileRequests(Random random, Map<String, String> realIds) {
        this.random = random;
        this.realIds = realIds;
    }

    Case next(String method, String pathTemplate, JsonNode operation, JsonNode example) {
        List<String> what = new ArrayList<>();
        String path = fillPath(pathTemplate, what) + query(operation, what);
        Map<String, String> headers = new HashMap<>();
        if (method.equals("POST") && random.nextInt(4) == 0) {
            headers.put("Idempotency-Key", random.nextInt(10) == 0 ? "k".repeat(256) : "fuzz-" + UUID.randomUUID());
        }
        String contentType = "application/json";
        byte[] body = null;
        if (!method.equals("GET")) {
            String text = body(example, what);
            body = text.getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(12) == 0) {
                contentType = pick(CONTENT_TYPES);
                what.add("content type " + contentType);
            } else if (random.nextInt(30) == 0) {
                contentType = null;
                what.add("no content type");
            }
        }
        return new Case(method, path, contentType, body, headers, String.join("; ", what));
    }

    private String fillPath(String template, List<String> what) {
        StringBuilder path = new StringBuilder();
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            path.append('/');
            if (segment.startsWith("{")) {
                String real = realIds.get(segment);
                if (real != null && random.nextInt(10) < 7) {
                    path.append(real);
                } else {
                    String garbage = random.nextBoolean() ? UUID.randomUUID().toString() : pick(GARBAGE_IDS);
                    what.add(segment + "=" + abbreviate(garbage));
                    path.append(encode(garbage));
                }
            } else {
                path.append(segment);
            }
        }
        return path.toString();
    }

    private String query(JsonNode operation, List<String> what) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("in").asText().equals("query") || random.nextInt(3) == 0) {
                continue;
            }
            String value = pick(BAD_QUERY_VALUES);
            what.add(parameter.path("name").asText() + "=" + abbreviate(value));
            pairs.add(encode(parameter.path("name").asText()) + "=" + encode(value));
        }
        if (random.nextInt(10) == 0) {
            pairs.add("unknownParameter=" + encode(pick(BAD_QUERY_VALUES)));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private String body(JsonNode example, List<String> what) {
        JsonNode base = example == null ? JSON.createObjectNode() : example.deepCopy();
        switch (random.nextInt(10)) {
            case 0 -> {
                String text = base.toString();
                what.add("malformed JSON");
                return switch (random.nextInt(4)) {
                    case 0 -> text.substring(0, random.nextInt(Math.max(1, text.length())));
                    case 1 -> text + pick(List.of("}", ",", "garbage", "{}"));
                    case 2 -> pick(List.of("{", "[", "nul", "{\"a\":}", "{'a': 1}", "\u0000", "{\"a\" 1}", ""));
                    default -> text.replace(':', '=');
                };
            }
            case 1 -> {
                what.add("10,000 nested arrays");
                String nested = "[".repeat(10_000) + "]".repeat(10_000);
                return random.nextBoolean() ? nested : withRaw(replaceLeaf(base, what), nested);
            }
            case 2 -> {
                what.add("body over 64 KiB");
                ObjectNode padded = base.isObject() ? (ObjectNode) base : JSON.createObjectNode();
                padded.put("padding", "p".repeat(65 * 1024 + random.nextInt(10 * 1024)));
                return padded.toString();
            }
            case 3 -> {
                what.add("missing " + removeField(base));
                return base.toString();
            }
            case 4 -> {
                String field = pick(List.of("paidBy", "partnerId", "balance", "unknown", "allianceId", "__proto__"));
                what.add("extra field " + field);
                addField(base, field);
                return base.toString();
            }
            case 5 -> {
                what.add("raw body " + abbreviate(pick(RAW_VALUES)));
                return RAW_VALUES.get(random.nextInt(RAW_VALUES.size()));
            }
            case 6 -> {
                return base.toString();
            }
            default -> {
                String raw = pick(RAW_VALUES);
                JsonNode mutated = replaceLeaf(base, what);
                what.add("value " + abbreviate(raw));
                return withRaw(mutated, raw);
            }
        }
    }

    /** Replaces one random value (at any depth) with a marker that {@link #withRaw} turns into raw JSON. */
    private JsonNode replaceLeaf(JsonNode node, List<String> what) {
        List<String> pointers = new ArrayList<>();
        collect(node, "", pointers);
        if (pointers.isEmpty()) {
            return TextNode.valueOf(RAW);
        }
        String pointer = pick(pointers);
        what.add("at " + pointer);
        int split = pointer.lastIndexOf('/');
        JsonNode parent = node.at(pointer.substring(0, split));
        String last = pointer.substring(split + 1);
        if (parent instanceof ObjectNode object) {
            object.put(last, RAW);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), TextNode.valueOf(RAW));
        }
        return node;
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                pointers.add(pointer + "/" + name);
                collect(node.get(name), pointer + "/" + name, pointers);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers.add(pointer + "/" + i);
                collect(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    private String removeField(JsonNode node) {
        List<String> pointers = new ArrayList<>();
        collect(node, "", pointers);
        pointers.removeIf(pointer -> !(node.at(pointer.substring(0, pointer.lastIndexOf('/'))) instanceof ObjectNode));
        if (pointers.isEmpty()) {
            return "nothing";
        }
        String pointer = pick(pointers);
        ObjectNode parent = (ObjectNode) node.at(pointer.substring(0, pointer.lastIndexOf('/')));
        parent.remove(pointer.substring(pointer.lastIndexOf('/') + 1));
        return pointer;
    }

    private void addField(JsonNode node, String field) {
        List<ObjectNode> objects = new ArrayList<>();
        if (node instanceof ObjectNode root) {
            objects.add(root);
        }
        for (Iterator<JsonNode> values = node.elements(); values.hasNext(); ) {
            if (values.next() instanceof ObjectNode object) {
                objects.add(object);
            }
        }
        if (!objects.isEmpty()) {
            objects.get(random.nextInt(objects.size())).put(field, "acme");
        }
    }

    private static String withRaw(JsonNode node, String raw) {
        return node.toString().replace("\"" + RAW + "\"", raw);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + " chars)" : value;
    }
}

package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.json.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Comparing and shaping JSON trees in tests, written independently of the code under test. */
public final class JsonTrees {

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private JsonTrees() {}

    public static JsonNode parse(String json) {
        try {
            return JsonFormat.parse(json);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + e.getMessage() + "\n" + json, e);
        }
    }

    public static JsonNode resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("test resource missing: " + name);
            }
            return JsonFormat.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where {@code expected} is not contained in {@code actual}: each member of an object must be present and
     * contained; arrays must have the same length, element by element; scalars must be equal (numbers by value).
     * Empty when contained.
     */
    public static List<String> notContained(JsonNode expected, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        notContained(expected, actual, "$", problems);
        return problems;
    }

    private static void notContained(JsonNode expected, JsonNode actual, String path, List<String> problems) {
        if (actual == null) {
            problems.add(path + ": missing, expected " + expected);
        } else if (expected.isObject()) {
            if (!actual.isObject()) {
                problems.add(path + ": expected an object, got " + actual);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                notContained(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey(), problems);
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                problems.add(path + ": expected " + expected + ", got " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                notContained(expected.get(i), actual.get(i), path + "[" + i + "]", problems);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                problems.add(path + ": expected " + expected + ", got " + actual);
            }
        } else if (!expected.equals(actual)) {
            problems.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    /** The paths of object members {@code actual} has and {@code reference} lacks (not descending into them). */
    public static List<String> extraMembers(JsonNode actual, JsonNode reference) {
        List<String> extras = new ArrayList<>();
        extraMembers(actual, reference, "$", extras);
        return extras;
    }

    private static void extraMembers(JsonNode actual, JsonNode reference, String path, List<String> extras) {
        if (actual.isObject() && reference != null && reference.isObject()) {
            actual.fields().forEachRemaining(e -> {
                if (reference.has(e.getKey())) {
                    extraMembers(e.getValue(), reference.get(e.getKey()), path + "." + e.getKey(), extras);
                } else {
                    extras.add(path + "." + e.getKey());
                }
            });
        } else if (actual.isArray() && reference != null && reference.isArray()) {
            for (int i = 0; i < Math.min(actual.size(), reference.size()); i++) {
                extraMembers(actual.get(i), reference.get(i), path + "[" + i + "]", extras);
            }
        }
    }

    /** A copy without object members whose value is null, at any depth (list elements are kept). */
    public static JsonNode withoutNullMembers(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = ((ObjectNode) node).objectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    out.set(e.getKey(), withoutNullMembers(e.getValue()));
                }
            });
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = ((ArrayNode) node).arrayNode();
            node.forEach(element -> out.add(withoutNullMembers(element)));
            return out;
        }
        return node;
    }

    /**
     * A demo catalogue entry as {@code describe} should print it: its whole-second {@code registeredAt} as
     * ISO-8601 UTC ("2023-12-01T12:00:00+00:00"), everything else unchanged.
     */
    public static JsonNode printedConfiguration(JsonNode catalogueEntry) {
        ObjectNode copy = catalogueEntry.deepCopy();
        JsonNode registeredAt = copy.get("registeredAt");
        if (registeredAt != null && registeredAt.isNumber()) {
            long seconds = registeredAt.decimalValue().longValueExact();
            copy.put(
                    "registeredAt",
                    ISO_SECONDS.format(Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC)));
        }
        return copy;
    }
}

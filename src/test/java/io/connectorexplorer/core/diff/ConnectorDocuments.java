package io.connectorexplorer.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.connectorexplorer.core.json.Timestamps;
import io.connectorexplorer.core.json.WireComparison;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random documents shaped like DescribeConnector responses — keyed lists with odd keys, sets of enum strings the SDK
 * may not know, timestamps in three notations, unknown members, nulls — and the edits the properties need: a
 * reshuffle that means nothing, and mutations that mean something.
 */
final class ConnectorDocuments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final List<String> KEYS = List.of(
            "apiKey",
            "region",
            "accountId",
            "clientId",
            "secret",
            "sandbox",
            "a.b",
            "x]y",
            "q\"uote",
            "with space",
            "2fa",
            "ключ",
            "key=value",
            "instanceUrl");
    private static final List<String> AUTH_TYPES = List.of("CUSTOM", "ApiToken", "HmacSignature", "odd.type");
    private static final List<String> ENUMS = List.of(
            "PROJECTION",
            "LESS_THAN",
            "GREATER_THAN",
            "CONTAINS",
            "BETWEEN",
            "EQUAL_TO",
            "NO_OP",
            "NEW_OPERATOR_2027",
            "SOURCE",
            "DESTINATION",
            "Scheduled",
            "OnDemand",
            "RECORD",
            "FILE",
            "v1",
            "v51.0",
            "true",
            "3",
            "https://api.example.com/auth/read.only");
    private static final List<String> SET_MEMBERS = List.of(
            "supportedOperators",
            "supportedApiVersions",
            "supportedDestinationConnectors",
            "supportedSchedulingFrequencies",
            "supportedTriggerTypes",
            "supportedWriteOperations",
            "supportedDataTransferTypes",
            "connectorModes");
    private static final List<String> UNKNOWN_NAMES = List.of("brandNewMember", "x.y", "$odd", "", "123", "tags");

    private ConnectorDocuments() {}

    /** A DescribeConnector response, or (one time in four) the configuration alone. */
    static ObjectNode describe(Random random, int size) {
        ObjectNode config = configuration(random, size);
        if (random.nextInt(4) == 0) {
            return config;
        }
        ObjectNode response = NODES.objectNode();
        response.set("connectorConfiguration", config);
        return response;
    }

    static ObjectNode configuration(Random random, int size) {
        ObjectNode c = NODES.objectNode();
        maybe(random, () -> c.put("canUseAsSource", random.nextBoolean()));
        maybe(random, () -> c.put("connectorType", pick(random, List.of("CustomConnector", "Salesforce", "BrandNew"))));
        maybe(random, () -> c.put("connectorVersion", "3." + random.nextInt(4) + ".0"));
        maybe(random, () -> c.set("logoURL", random.nextBoolean() ? NODES.nullNode() : text("https://x/logo.svg")));
        maybe(random, () -> c.set("registeredAt", timestamp(random)));
        for (String set : SET_MEMBERS) {
            maybe(random, () -> c.set(set, set(random, size)));
        }
        maybe(random, () -> {
            ObjectNode auth = c.putObject("authenticationConfig");
            auth.put("isCustomAuthSupported", random.nextBoolean());
            maybe(random, () -> auth.set("customAuthConfigs", customAuthConfigs(random, size)));
            maybe(random, () -> {
                ObjectNode oauth = auth.putObject("oAuth2Defaults");
                maybe(random, () -> oauth.set("oauthScopes", set(random, size)));
                maybe(random, () -> oauth.set("tokenUrls", set(random, 2)));
                maybe(random, () -> oauth.set("oauth2CustomProperties", parameters(random, size)));
            });
        });
        maybe(random, () -> c.set("connectorRuntimeSettings", parameters(random, size)));
        maybe(random, () -> {
            ArrayNode apis = c.putArray("supportedDataTransferApis");
            for (int i = random.nextInt(4); i > 0; i--) {
                apis.addObject().put("Name", pick(random, KEYS)).put("Type", pick(random, List.of("SYNC", "ASYNC")));
            }
        });
        maybe(
                random,
                () -> c.putObject("connectorMetadata").putObject("Salesforce").set("oAuthScopes", set(random, 3)));
        for (int i = random.nextInt(3); i > 0; i--) {
            c.set(pick(random, UNKNOWN_NAMES), value(random, 2));
        }
        return c;
    }

    private static ArrayNode customAuthConfigs(Random random, int size) {
        ArrayNode configs = NODES.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
            ObjectNode config = configs.addObject();
            if (random.nextInt(20) > 0) { // now and then no key: the list falls back to positions
                config.put("customAuthenticationType", pick(random, AUTH_TYPES));
            }
            config.set("authParameters", parameters(random, size));
        }
        return configs;
    }

    /** Auth parameters, custom properties or runtime settings: keyed by {@code key}, repeated now and then. */
    private static ArrayNode parameters(Random random, int size) {
        ArrayNode parameters = NODES.arrayNode();
        for (int i = random.nextInt(size + 1); i > 0; i--) {
            parameters.add(parameter(random, size));
        }
        return parameters;
    }

    private static ObjectNode parameter(Random random, int size) {
        ObjectNode p = NODES.objectNode();
        p.put("key", pick(random, KEYS));
        maybe(random, () -> p.put("isRequired", random.nextBoolean()));
        maybe(random, () -> p.put("label", "Label " + random.nextInt(3)));
        maybe(random, () -> p.put("isSensitiveField", random.nextBoolean()));
        maybe(random, () -> p.set("connectorSuppliedValues", set(random, size)));
        if (random.nextInt(8) == 0) {
            p.set(pick(random, UNKNOWN_NAMES), value(random, 1));
        }
        return p;
    }

    private static ArrayNode set(Random random, int size) {
        ArrayNode set = NODES.arrayNode();
        for (int i = random.nextInt(size + 2); i > 0; i--) {
            set.add(pick(random, ENUMS));
        }
        if (random.nextInt(30) == 0) {
            set.add(random.nextBoolean() ? NODES.numberNode(3) : NODES.nullNode()); // odd, still scalars
        }
        return set;
    }

    /** A timestamp as epoch seconds (whole or to the millisecond) or as ISO-8601. */
    private static JsonNode timestamp(Random random) {
        BigDecimal seconds = BigDecimal.valueOf(1_700_000_000L + random.nextInt(1000));
        if (random.nextBoolean()) {
            seconds = seconds.add(BigDecimal.valueOf(random.nextInt(1000), 3));
        }
        return random.nextBoolean()
                ? DecimalNode.valueOf(seconds)
                : text(Timestamps.fromEpochSeconds(seconds).toString());
    }

    /** Any JSON value: scalars of every type, and containers down to {@code depth}. */
    static JsonNode value(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 8 : 6);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(5));
            case 3 -> NODES.numberNode(BigDecimal.valueOf(random.nextInt(500), 2));
            case 4, 5 -> text(pick(random, ENUMS));
            case 6 -> {
                ArrayNode list = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(value(random, depth - 1));
                }
                yield list;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(pick(random, random.nextBoolean() ? KEYS : UNKNOWN_NAMES), value(random, depth - 1));
                }
                yield object;
            }
        };
    }

    /**
     * The same document as the diff sees it: keyed lists and sets reordered (a set also repeats an element), object
     * members reordered, timestamps written in the other notation.
     */
    static JsonNode reshuffled(Random random, JsonNode node, String name) {
        WireComparison.Rule rule = WireComparison.rule(name);
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            Collections.shuffle(members, random);
            ObjectNode copy = NODES.objectNode();
            members.forEach(m -> copy.set(m.getKey(), reshuffled(random, m.getValue(), m.getKey())));
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            node.forEach(e -> elements.add(reshuffled(random, e, null)));
            boolean keyed =
                    rule instanceof WireComparison.KeyedList k && ConfigurationDiff.byKey(node, k.keyMember()) != null;
            boolean set = rule instanceof WireComparison.SetList && ConfigurationDiff.byIdentity(node) != null;
            if (keyed || set) {
                Collections.shuffle(elements, random);
            }
            if (set && !elements.isEmpty()) {
                elements.add(elements.get(random.nextInt(elements.size())));
            }
            ArrayNode copy = NODES.arrayNode();
            copy.addAll(elements);
            return copy;
        }
        if (rule instanceof WireComparison.Timestamp) {
            return Timestamps.fromWire(node).map(i -> otherNotation(node, i)).orElse(node);
        }
        return node;
    }

    private static JsonNode otherNotation(JsonNode timestamp, Instant instant) {
        if (timestamp.isNumber()) {
            return text(instant.toString());
        }
        return DecimalNode.valueOf(
                BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9)));
    }

    /** A copy with a few random edits anywhere: members and elements added, removed, changed or retyped. */
    static JsonNode mutated(Random random, JsonNode document, int size) {
        JsonNode copy = document.deepCopy();
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(copy, containers);
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target instanceof ObjectNode object) {
                editObject(random, object, size);
            } else {
                editList(random, (ArrayNode) target, size);
            }
        }
        return copy;
    }

    private static void editObject(Random random, ObjectNode object, int size) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        int what = random.nextInt(4);
        if (names.isEmpty() || what == 0) {
            String name = random.nextBoolean() ? pick(random, UNKNOWN_NAMES) : pick(random, SET_MEMBERS);
            object.set(name, name.startsWith("supported") ? set(random, size) : value(random, 2));
        } else if (what == 1) {
            object.remove(pick(random, names));
        } else if (what == 2) {
            object.set(pick(random, names), value(random, 0));
        } else {
            object.set(pick(random, names), value(random, 2));
        }
    }

    private static void editList(Random random, ArrayNode list, int size) {
        int what = random.nextInt(3);
        if (list.isEmpty() || what == 0) {
            boolean keyedLooking = !list.isEmpty() && list.get(0).has("key");
            list.insert(
                    random.nextInt(list.size() + 1),
                    keyedLooking
                            ? parameter(random, size)
                            : list.isEmpty() ? value(random, 1) : text(pick(random, ENUMS)));
        } else if (what == 1) {
            list.remove(random.nextInt(list.size()));
        } else {
            list.set(random.nextInt(list.size()), value(random, 1));
        }
    }

    private static void collectContainers(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collectContainers(child, into));
        }
    }

    private static void maybe(Random random, Runnable add) {
        if (random.nextInt(3) > 0) {
            add.run();
        }
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static TextNode text(String text) {
        return TextNode.valueOf(text);
    }
}

package io.connectorexplorer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.model.ServiceModel;
import io.connectorexplorer.core.model.Shape;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;

/**
 * Builds AppFlow documents at random from a shape of the service model, as a service newer than this build might
 * send them: any subset of the members (or, in a "full" document, every one of them), strings from all over Unicode,
 * enum values the model does not list, members the model does not know (nested deep, with nulls and odd numbers),
 * and nulls where members and list elements go. The same seed always gives the same document.
 */
public final class ConfigurationGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** Pieces strings are made of: plain, accented, CJK, emoji (surrogate pairs), right-to-left, combining, invisible, escapes. */
    private static final List<String> PIECES = List.of(
            "a",
            "Z",
            "7",
            " ",
            "-",
            "_",
            "é",
            "ß",
            "Ω",
            "東京",
            "データ",
            "😀",
            "👩‍💻",
            "🇪🇺",
            "مرحبا",
            "שלום",
            "e\u0301",
            "\u200B",
            "\u200D",
            "\uFEFF",
            "\"",
            "\\",
            "/",
            "'",
            "\n",
            "\t",
            "\r",
            "\u0001",
            "\u007F",
            "<b>",
            "&amp;",
            "${x}",
            "%s",
            "null",
            "\uD834\uDD1E");

    private final ServiceModel model;
    private final Random random;
    private final boolean full;
    private final int maxUnknownDepth;

    private ConfigurationGenerator(ServiceModel model, long seed) {
        this.model = model;
        this.random = new Random(seed);
        this.full = seed % 5 == 0;
        this.maxUnknownDepth = 2 + random.nextInt(10);
    }

    /** A document of {@code shapeName} for {@code seed}. */
    public static ObjectNode generate(ServiceModel model, String shapeName, long seed) {
        return (ObjectNode) new ConfigurationGenerator(model, seed).structure(model.shape(shapeName), 0);
    }

    private JsonNode value(Shape shape, int depth) {
        return switch (shape.type()) {
            case Shape.STRUCTURE -> structure(shape, depth);
            case Shape.LIST -> list(shape, depth);
            case Shape.MAP -> map(shape, depth);
            case Shape.BOOLEAN -> NODES.booleanNode(random.nextBoolean());
            case Shape.INTEGER, Shape.LONG -> NODES.numberNode(random.nextInt(100_000));
            case "timestamp" -> timestamp();
            case Shape.STRING ->
                shape.isEnum() ? enumValue(shape) : NODES.textNode(text(random.nextInt(4) == 0 ? 200 : 24));
            default -> NODES.textNode(text(12));
        };
    }

    private ObjectNode structure(Shape shape, int depth) {
        ObjectNode out = NODES.objectNode();
        for (var member : shape.members().entrySet()) {
            int roll = random.nextInt(100);
            if (full || roll < 60) {
                out.set(member.getKey(), value(model.shape(member.getValue().shapeName()), depth + 1));
            } else if (roll < 68) {
                out.putNull(member.getKey());
            }
        }
        int unknown = full ? 2 : random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < unknown; i++) {
            String name = unknownName();
            if (!shape.members().containsKey(name)) {
                out.set(name, unknownValue(0));
            }
        }
        return out;
    }

    private ArrayNode list(Shape shape, int depth) {
        ArrayNode out = NODES.arrayNode();
        Shape member = model.shape(shape.listMember());
        int size = random.nextInt(full ? 5 : 4);
        for (int i = 0; i < size; i++) {
            if (random.nextInt(20) == 0) {
                out.addNull();
            } else {
                out.add(value(member, depth + 1));
            }
        }
        return out;
    }

    private ObjectNode map(Shape shape, int depth) {
        ObjectNode out = NODES.objectNode();
        Shape valueShape = model.shape(shape.mapValue());
        for (int i = random.nextInt(3); i > 0; i--) {
            out.set(text(8), random.nextInt(10) == 0 ? NODES.nullNode() : value(valueShape, depth + 1));
        }
        return out;
    }

    private JsonNode enumValue(Shape shape) {
        if (random.nextInt(4) == 0) {
            // A value added to the service after this build: shaped like the others, unknown to the SDK.
            return NODES.textNode(
                    random.nextBoolean() ? "FutureValue" + random.nextInt(1000) : "NEW_MODE_" + random.nextInt(100));
        }
        return NODES.textNode(
                shape.enumValues().get(random.nextInt(shape.enumValues().size())));
    }

    /** Epoch seconds as the service sends them: whole, or with up to three decimals; now and then before 1970. */
    private JsonNode timestamp() {
        long seconds =
                random.nextInt(10) == 0 ? -random.nextInt(1_000_000_000) : 1_500_000_000L + random.nextInt(300_000_000);
        int decimals = random.nextInt(4);
        BigDecimal value = BigDecimal.valueOf(seconds);
        if (decimals > 0) {
            value = value.add(BigDecimal.valueOf(random.nextInt((int) Math.pow(10, decimals)), decimals));
        }
        return NODES.numberNode(value);
    }

    private String unknownName() {
        return switch (random.nextInt(6)) {
            case 0 -> "futureMember" + random.nextInt(100);
            case 1 -> "odd key." + random.nextInt(10);
            case 2 -> "ключ" + text(3);
            case 3 -> "a'b\"c[0]";
            case 4 -> "";
            default -> "x" + random.nextInt(1_000_000);
        };
    }

    /** Anything JSON can hold, nested up to this document's depth. */
    private JsonNode unknownValue(int depth) {
        int kinds = depth >= maxUnknownDepth ? 6 : 8;
        return switch (random.nextInt(kinds)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.textNode(text(16));
            case 3 -> NODES.numberNode(random.nextInt());
            case 4 -> NODES.numberNode(new BigInteger(100, random).negate());
            case 5 -> NODES.numberNode(new BigDecimal(new BigInteger(60, random), random.nextInt(40) - 20));
            case 6 -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(unknownName() + i, unknownValue(depth + 1));
                }
                yield object;
            }
            default -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(unknownValue(depth + 1));
                }
                yield array;
            }
        };
    }

    private String text(int maxPieces) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(maxPieces + 1); i > 0; i--) {
            b.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return b.toString();
    }
}

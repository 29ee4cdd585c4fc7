package io.connectorexplorer.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * An AWS service model (the botocore / SDK {@code service-2.json} document) read into shapes, so forms and
 * validation follow the constraints the service publishes instead of copies of them.
 */
public final class ServiceModel {

    private final Map<String, Shape> shapes;
    private final Map<String, String> inputs;

    private ServiceModel(Map<String, Shape> shapes, Map<String, String> inputs) {
        this.shapes = shapes;
        this.inputs = inputs;
    }

    public static ServiceModel of(JsonNode document) {
        JsonNode shapeNodes = document.path("shapes");
        if (!shapeNodes.isObject()) {
            throw new IllegalArgumentException("Not a service model: it has no \"shapes\" object");
        }
        Map<String, Shape> shapes = new LinkedHashMap<>();
        shapeNodes.fields().forEachRemaining(e -> shapes.put(e.getKey(), shape(e.getKey(), e.getValue())));
        Map<String, String> inputs = new LinkedHashMap<>();
        document.path("operations").fields().forEachRemaining(e -> {
            String input = e.getValue().path("input").path("shape").asText(null);
            if (input != null) {
                inputs.put(e.getKey(), input);
            }
        });
        return new ServiceModel(Map.copyOf(shapes), Map.copyOf(inputs));
    }

    /** The named shape; throws {@link NoSuchElementException} when the model has none by that name. */
    public Shape shape(String name) {
        Shape shape = shapes.get(name);
        if (shape == null) {
            throw new NoSuchElementException("The service model has no shape " + name);
        }
        return shape;
    }

    public Optional<Shape> findShape(String name) {
        return Optional.ofNullable(shapes.get(name));
    }

    /** The input shape of an operation, e.g. CreateConnectorProfile → CreateConnectorProfileRequest. */
    public Shape inputShapeOf(String operation) {
        String input = inputs.get(operation);
        if (input == null) {
            throw new NoSuchElementException("The service model has no operation " + operation + " with an input");
        }
        return shape(input);
    }

    /**
     * The shape a value at {@code pointer} inside a value of {@code rootShape} has: structure members by name,
     * map values under any key, list elements under any index. Empty when the pointer leaves the model.
     */
    public Optional<Shape> shapeAt(String rootShape, String pointer) {
        Optional<Shape> current = findShape(rootShape);
        for (String segment : JsonPointers.segments(pointer)) {
            if (current.isEmpty()) {
                return current;
            }
            Shape shape = current.get();
            String next = switch (shape.type()) {
                case Shape.STRUCTURE ->
                    shape.member(segment).map(Shape.Member::shapeName).orElse(null);
                case Shape.MAP -> shape.mapValue();
                case Shape.LIST -> shape.listMember();
                default -> null;
            };
            current = next == null ? Optional.empty() : findShape(next);
        }
        return current;
    }

    private static Shape shape(String name, JsonNode node) {
        Set<String> required = new HashSet<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        Map<String, Shape.Member> members = new LinkedHashMap<>();
        node.path("members")
                .fields()
                .forEachRemaining(e -> members.put(
                        e.getKey(),
                        new Shape.Member(
                                e.getValue().path("shape").asText(),
                                required.contains(e.getKey()),
                                Documentation.plainText(
                                        e.getValue().path("documentation").asText("")))));
        List<String> enumValues = new ArrayList<>();
        node.path("enum").forEach(v -> enumValues.add(v.asText()));
        return new Shape(
                name,
                node.path("type").asText(),
                members,
                enumValues,
                node.path("pattern").asText(null),
                number(node.get("min")),
                number(node.get("max")),
                node.path("sensitive").asBoolean(false),
                node.path("member").path("shape").asText(null),
                node.path("key").path("shape").asText(null),
                node.path("value").path("shape").asText(null));
    }

    private static Long number(JsonNode node) {
        return node != null && node.isNumber() ? node.longValue() : null;
    }
}

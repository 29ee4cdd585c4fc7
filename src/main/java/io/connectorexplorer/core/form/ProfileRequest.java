package io.connectorexplorer.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.model.JsonPointers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The CreateConnectorProfile request, as wire JSON, for what the form holds: profile fields, the chosen method's
 * fixed values and fields, and the connector's properties. Empty fields are left out; the connector's profile
 * properties are always there, as the request requires them. The caller adds {@code clientToken}.
 */
public final class ProfileRequest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,30}");

    private ProfileRequest() {}

    /**
     * @param method the chosen method, or null when the connector offers none
     */
    public static ObjectNode build(AuthFormSpec spec, AuthMethod method, FormValues values, Redaction redaction) {
        ObjectNode request = JSON.objectNode();
        List<FieldSpec> profile = spec.profileFields();
        profile.stream()
                .filter(f -> f.path().equals(RequestPaths.NAME))
                .forEach(f -> write(request, f, values, redaction));
        request.put("connectorType", spec.connector().connectorType());
        spec.connector().label().ifPresent(label -> request.put("connectorLabel", label));
        profile.stream()
                .filter(f -> !f.path().equals(RequestPaths.NAME))
                .forEach(f -> write(request, f, values, redaction));
        objectAt(request, RequestPaths.PROPERTIES);
        if (spec.propertiesPath() != null) {
            objectAt(request, spec.propertiesPath());
        }
        if (method != null) {
            for (Map.Entry<String, String> fixed : method.fixedValues().entrySet()) {
                put(request, fixed.getKey(), JSON.textNode(fixed.getValue()));
            }
            method.fields().forEach(f -> write(request, f, values, redaction));
        }
        spec.propertyFields().forEach(f -> write(request, f, values, redaction));
        return request;
    }

    /**
     * The sensitive values {@link #build} writes for what the form holds, in request order: those {@link
     * Redaction#MASK} hides. Each entry of a list is a secret of its own.
     */
    public static List<RequestSecret> secrets(AuthFormSpec spec, AuthMethod method, FormValues values) {
        List<RequestSecret> secrets = new ArrayList<>();
        for (FieldSpec field : spec.requestFields(method)) {
            if (!field.sensitive() || !values.isFilled(field.path())) {
                continue;
            }
            if (field.wire() == FieldSpec.Wire.STRING_LIST) {
                List<String> entries = values.entries(field.path());
                for (int i = 0; i < entries.size(); i++) {
                    String path = JsonPointers.child(field.path(), Integer.toString(i));
                    secrets.add(new RequestSecret(path, field.label() + " " + (i + 1)));
                }
            } else {
                secrets.add(new RequestSecret(field.path(), field.label()));
            }
        }
        return secrets;
    }

    private static void write(ObjectNode request, FieldSpec field, FormValues values, Redaction redaction) {
        if (!values.isFilled(field.path())) {
            return;
        }
        boolean mask = redaction == Redaction.MASK && field.sensitive();
        put(request, field.path(), mask ? masked(field, values) : wireValue(field, values));
    }

    private static JsonNode masked(FieldSpec field, FormValues values) {
        if (field.wire() == FieldSpec.Wire.STRING_LIST) {
            ArrayNode list = JSON.arrayNode();
            values.entries(field.path()).forEach(e -> list.add(Redaction.MASK_TEXT));
            return list;
        }
        return JSON.textNode(Redaction.MASK_TEXT);
    }

    /** The value as the model types it; a value that does not convert stays text for validation to report. */
    static JsonNode wireValue(FieldSpec field, FormValues values) {
        Object raw = values.get(field.path());
        String text = values.text(field.path()).orElse("");
        return switch (field.wire()) {
            case STRING -> JSON.textNode(text);
            case BOOLEAN ->
                raw instanceof Boolean b
                        ? JSON.booleanNode(b)
                        : "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)
                                ? JSON.booleanNode(Boolean.parseBoolean(text))
                                : JSON.textNode(text);
            case NUMBER -> WHOLE_NUMBER.matcher(text).matches() ? number(new BigInteger(text)) : JSON.textNode(text);
            case STRING_LIST -> {
                ArrayNode list = JSON.arrayNode();
                values.entries(field.path()).forEach(list::add);
                yield list;
            }
        };
    }

    /** The smallest node type that holds the number, as Jackson itself reads one. */
    private static JsonNode number(BigInteger n) {
        if (n.bitLength() < Integer.SIZE) {
            return JSON.numberNode(n.intValue());
        }
        return n.bitLength() < Long.SIZE ? JSON.numberNode(n.longValue()) : JSON.numberNode(n);
    }

    private static void put(ObjectNode root, String pointer, JsonNode value) {
        List<String> segments = JsonPointers.segments(pointer);
        ObjectNode parent = root;
        for (String segment : segments.subList(0, segments.size() - 1)) {
            parent = child(parent, segment);
        }
        parent.set(segments.get(segments.size() - 1), value);
    }

    private static ObjectNode objectAt(ObjectNode root, String pointer) {
        ObjectNode node = root;
        for (String segment : JsonPointers.segments(pointer)) {
            node = child(node, segment);
        }
        return node;
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(name);
    }
}

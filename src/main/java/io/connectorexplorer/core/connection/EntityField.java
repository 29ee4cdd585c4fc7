package io.connectorexplorer.core.connection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One field of an entity (a {@code ConnectorEntityField} of DescribeConnectorEntity) as the fields table shows it.
 * Flags the service did not state are null, not false. {@code json} is the element as sent.
 */
public record EntityField(
        String identifier,
        String label,
        String type,
        Boolean primaryKey,
        Boolean deprecated,
        String defaultValue,
        List<String> filterOperators,
        String constraints,
        Boolean queryable,
        Boolean retrievable,
        Boolean timestampField,
        Boolean creatable,
        Boolean updatable,
        Boolean upsertable,
        Boolean nullable,
        List<String> writeOperations,
        Map<String, String> customProperties,
        String description,
        JsonNode json) {

    /** The fields of a {@code describe-connector-entity} response, in its order. */
    public static List<EntityField> of(JsonNode response) {
        List<EntityField> all = new ArrayList<>();
        for (JsonNode f : response.path("connectorEntityFields")) {
            all.add(from(f));
        }
        return all;
    }

    static EntityField from(JsonNode f) {
        JsonNode v1 = f.path("supportedFieldTypeDetails").path("v1");
        JsonNode source = f.path("sourceProperties");
        JsonNode destination = f.path("destinationProperties");
        Map<String, String> custom = new TreeMap<>();
        f.path("customProperties")
                .fields()
                .forEachRemaining(e -> custom.put(e.getKey(), e.getValue().asText()));
        return new EntityField(
                f.path("identifier").asText(""),
                f.path("label").asText(""),
                v1.path("fieldType").asText(""),
                Wire.flag(f, "isPrimaryKey"),
                Wire.flag(f, "isDeprecated"),
                f.path("defaultValue").asText(""),
                Wire.strings(v1.path("filterOperators")),
                constraints(v1),
                Wire.flag(source, "isQueryable"),
                Wire.flag(source, "isRetrievable"),
                Wire.flag(source, "isTimestampFieldForIncrementalQueries"),
                Wire.flag(destination, "isCreatable"),
                Wire.flag(destination, "isUpdatable"),
                Wire.flag(destination, "isUpsertable"),
                Wire.flag(destination, "isNullable"),
                Wire.strings(destination.path("supportedWriteOperations")),
                custom,
                f.path("description").asText(""),
                f);
    }

    /** "regex ^\d+$; 0–100; length 1–80; one of A, B; date yyyy-MM-dd" — what the values must be, in a few words. */
    static String constraints(JsonNode v1) {
        List<String> parts = new ArrayList<>();
        if (v1.hasNonNull("valueRegexPattern")) {
            parts.add("regex " + v1.get("valueRegexPattern").asText());
        }
        range(v1.path("fieldValueRange"), "").ifPresent(parts::add);
        range(v1.path("fieldLengthRange"), "length ").ifPresent(parts::add);
        if (v1.path("supportedValues").size() > 0) {
            parts.add("one of " + String.join(", ", Wire.strings(v1.path("supportedValues"))));
        }
        if (v1.hasNonNull("supportedDateFormat")) {
            parts.add("date " + v1.get("supportedDateFormat").asText());
        }
        return String.join("; ", parts);
    }

    private static java.util.Optional<String> range(JsonNode range, String prefix) {
        if (!range.isObject() || range.isEmpty()) {
            return java.util.Optional.empty();
        }
        String min = range.hasNonNull("minimum") ? range.get("minimum").asText() : "";
        String max = range.hasNonNull("maximum") ? range.get("maximum").asText() : "";
        return java.util.Optional.of(prefix + min + "–" + max);
    }
}

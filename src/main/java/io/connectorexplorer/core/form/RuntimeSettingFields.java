package io.connectorexplorer.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A custom connector's {@code connectorRuntimeSettings} with scope CONNECTOR_PROFILE as typed inputs. Their
 * values go into {@code profileProperties}, a map of strings, whatever the input type.
 */
final class RuntimeSettingFields {

    static final String PROFILE_SCOPE = "CONNECTOR_PROFILE";
    private static final Map<String, FieldKind> KINDS = Map.of(
            "string",
            FieldKind.TEXT,
            "integer",
            FieldKind.INTEGER,
            "long",
            FieldKind.LONG,
            "boolean",
            FieldKind.BOOLEAN,
            "date",
            FieldKind.DATE,
            "datetime",
            FieldKind.DATETIME);

    private final List<String> notes;

    RuntimeSettingFields(List<String> notes) {
        this.notes = notes;
    }

    List<FieldSpec> fields(List<JsonNode> settings) {
        List<FieldSpec> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        String base = RequestPaths.child(RequestPaths.CUSTOM_PROPERTIES, "profileProperties");
        for (JsonNode setting : settings) {
            if (!PROFILE_SCOPE.equals(ConfigReading.text(setting, "scope"))) {
                continue;
            }
            String key = ConfigReading.text(setting, "key");
            if (key == null) {
                notes.add("A runtime setting without a key was skipped");
            } else if (!keys.add(key)) {
                notes.add("Duplicate runtime setting key " + key + "; only the first is used");
            } else {
                fields.add(field(setting, key, RequestPaths.child(base, key)));
            }
        }
        return fields;
    }

    private FieldSpec field(JsonNode setting, String key, String path) {
        String label = ConfigReading.text(setting, "label");
        List<String> options = ConfigReading.texts(setting, "connectorSuppliedValueOptions");
        FieldKind kind = kind(ConfigReading.text(setting, "dataType"), key);
        if (kind == FieldKind.TEXT && !options.isEmpty()) {
            kind = FieldKind.EDITABLE_CHOICE;
        }
        return new FieldSpec(
                path,
                label == null ? key : label,
                ConfigReading.text(setting, "description"),
                ConfigReading.flag(setting, "isRequired"),
                false,
                kind,
                kind == FieldKind.BOOLEAN ? List.of() : options,
                FieldSpec.Wire.STRING);
    }

    private FieldKind kind(String dataType, String key) {
        if (dataType == null) {
            notes.add("Runtime setting " + key + " has no data type; entered as text");
            return FieldKind.TEXT;
        }
        FieldKind kind = KINDS.get(dataType.toLowerCase(Locale.ROOT));
        if (kind == null) {
            notes.add("Unknown data type " + dataType + " for setting " + key + "; entered as text");
            return FieldKind.TEXT;
        }
        return kind;
    }
}

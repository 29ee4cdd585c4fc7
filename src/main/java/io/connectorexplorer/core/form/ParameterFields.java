package io.connectorexplorer.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.model.ServiceModel;
import io.connectorexplorer.core.model.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fields for connector-declared parameters — custom auth {@code authParameters} and OAuth 2.0
 * {@code oauth2CustomProperties} — each a value in a string map under {@code parentPath}.
 */
final class ParameterFields {

    private final ServiceModel model;
    private final List<String> notes;

    ParameterFields(ServiceModel model, List<String> notes) {
        this.model = model;
        this.notes = notes;
    }

    /** One field per parameter, the first of each key; {@code context} names the list in notes. */
    List<FieldSpec> fields(List<JsonNode> parameters, String parentPath, String context) {
        List<FieldSpec> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode parameter : parameters) {
            String key = ConfigReading.text(parameter, "key");
            if (key == null) {
                notes.add("A parameter without a key in " + context + " was skipped");
            } else if (!keys.add(key)) {
                notes.add("Duplicate parameter key " + key + " in " + context + "; only the first is used");
            } else {
                fields.add(field(parameter, RequestPaths.child(parentPath, key), key));
            }
        }
        return fields;
    }

    private FieldSpec field(JsonNode parameter, String path, String key) {
        String label = ConfigReading.text(parameter, "label");
        String help = ConfigReading.text(parameter, "description");
        boolean required = ConfigReading.flag(parameter, "isRequired");
        boolean masked = ConfigReading.flag(parameter, "isSensitiveField");
        List<String> supplied = ConfigReading.texts(parameter, "connectorSuppliedValues");
        FieldKind kind = masked ? FieldKind.SECRET : supplied.isEmpty() ? FieldKind.TEXT : FieldKind.EDITABLE_CHOICE;
        return new FieldSpec(
                path,
                label == null ? key : label,
                help,
                required,
                masked || modelSensitive(path),
                kind,
                supplied,
                FieldSpec.Wire.STRING);
    }

    /** The model marks some whole maps sensitive (CredentialsMap values): those values are redacted too. */
    private boolean modelSensitive(String path) {
        return model.shapeAt(RequestPaths.REQUEST_SHAPE, path)
                .map(Shape::sensitive)
                .orElse(false);
    }
}

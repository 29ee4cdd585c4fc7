package io.connectorexplorer.core.form;

import io.connectorexplorer.core.model.JsonPointers;
import io.connectorexplorer.core.model.ModelValidator;
import io.connectorexplorer.core.model.ServiceModel;
import io.connectorexplorer.core.model.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the form as the user types: required markers and input formats first, then every constraint the model
 * puts on the CreateConnectorProfile request built from it. A model violation goes beside the field at its path
 * (or the field containing it); one on a map or a fixed value goes to the form-level messages. Authorization
 * fields are not part of the request and are not checked here ({@link AuthorizationUrl} uses them).
 */
public final class FormCheck {

    private FormCheck() {}

    /**
     * @param method the chosen method, or null when none is chosen yet
     */
    public static FormProblems check(AuthFormSpec spec, AuthMethod method, FormValues values, ServiceModel model) {
        Map<String, String> fieldMessages = new LinkedHashMap<>();
        List<String> formMessages = new ArrayList<>();
        if (!spec.needsProfile()) {
            formMessages.add(
                    spec.notes().isEmpty()
                            ? "This connector takes no connector profile"
                            : spec.notes().get(0));
            return new FormProblems(fieldMessages, formMessages);
        }
        if (method == null && !spec.methods().isEmpty()) {
            formMessages.add("Choose an authentication type");
        } else if (spec.methods().isEmpty() && spec.connector().isCustom()) {
            formMessages.add("The connector offers no authentication type this app can use");
        }
        List<FieldSpec> fields = spec.requestFields(method);
        for (FieldSpec field : fields) {
            if (!values.isFilled(field.path())) {
                if (field.required()) {
                    fieldMessages.put(field.path(), "is required");
                }
            } else {
                FieldFormat.problem(field, values).ifPresent(message -> fieldMessages.put(field.path(), message));
            }
        }
        var request = ProfileRequest.build(spec, method, values, Redaction.NONE);
        for (Violation violation : ModelValidator.validate(model, RequestPaths.REQUEST_SHAPE, request)) {
            FieldSpec field = fieldFor(fields, violation.path());
            if (field != null) {
                fieldMessages.putIfAbsent(field.path(), violation.message());
            } else {
                formMessages.add(Labels.humanize(JsonPointers.last(violation.path())) + ": " + violation.message());
            }
        }
        return new FormProblems(inFormOrder(fields, fieldMessages), formMessages);
    }

    /** The field at the violation's path, or the one containing it (an entry of a multi-choice list). */
    private static FieldSpec fieldFor(List<FieldSpec> fields, String path) {
        FieldSpec best = null;
        for (FieldSpec field : fields) {
            if (JsonPointers.isWithin(path, field.path())
                    && (best == null || field.path().length() > best.path().length())) {
                best = field;
            }
        }
        return best;
    }

    private static Map<String, String> inFormOrder(List<FieldSpec> fields, Map<String, String> messages) {
        Map<String, String> ordered = new LinkedHashMap<>();
        fields.forEach(f -> {
            if (messages.containsKey(f.path())) {
                ordered.put(f.path(), messages.get(f.path()));
            }
        });
        return ordered;
    }
}

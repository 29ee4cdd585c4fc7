package io.connectorexplorer.core.form;

import io.connectorexplorer.core.model.JsonPointers;
import io.connectorexplorer.core.model.ModelValidator;
import io.connectorexplorer.core.model.ServiceModel;
import io.connectorexplorer.core.model.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks the form as the user types: required markers and input formats first, then every constraint the model
 * puts on the CreateConnectorProfile request built from it. A model violation goes beside the field at its path
 * (or the field containing it); one on a map or a fixed value goes to the form-level messages. A value the form
 * itself offers for a field — one of the connector's {@code connectorSuppliedValues}, a token URL from its
 * defaults — is never refused: the connector knows what its service takes. Authorization fields are not part of
 * the request and are not checked here ({@link AuthorizationUrl} uses them).
 */
public final class FormCheck {

    private FormCheck() {}

    /**
     * @param method the chosen method, or null when none is chosen yet
     */
    public static FormProblems check(AuthFormSpec spec, AuthMethod method, FormValues values, ServiceModel model) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        List<String> formMessages = new ArrayList<>();
        if (!spec.needsProfile()) {
            formMessages.add(
                    spec.notes().isEmpty()
                            ? "This connector takes no connector profile"
                            : spec.notes().get(0));
            return new FormProblems(List.of(), formMessages);
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
                    problems.put(field.path(), FieldProblem.of(field, "is required", ""));
                }
            } else if (!isOffered(field, values)) {
                FieldFormat.problem(field, values)
                        .ifPresent(message -> problems.put(field.path(), FieldProblem.of(field, message, "")));
            }
        }
        var request = ProfileRequest.build(spec, method, values, Redaction.NONE);
        for (Violation violation : ModelValidator.validate(model, RequestPaths.REQUEST_SHAPE, request)) {
            FieldSpec field = fieldFor(fields, violation.path());
            if (field == null) {
                formMessages.add(Labels.humanize(JsonPointers.last(violation.path())) + ": " + violation.message());
            } else if (violation.aboutKey() || !isOffered(field, values)) {
                // A refused key is the connector's, not the value's: it stops the request whatever the value.
                problems.putIfAbsent(field.path(), FieldProblem.of(field, violation.message(), violation.detail()));
            }
        }
        return new FormProblems(inFormOrder(fields, problems), formMessages);
    }

    /** Whether the field holds one of the values the form offers for it; lists of entries are checked as typed. */
    static boolean isOffered(FieldSpec field, FormValues values) {
        if (field.options().isEmpty() || field.kind() == FieldKind.MULTI_CHOICE) {
            return false;
        }
        return values.get(field.path()) instanceof String text
                && field.options().contains(text);
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

    private static List<FieldProblem> inFormOrder(List<FieldSpec> fields, Map<String, FieldProblem> problems) {
        return fields.stream()
                .map(f -> problems.get(f.path()))
                .filter(Objects::nonNull)
                .toList();
    }
}

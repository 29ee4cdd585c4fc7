package io.connectorexplorer.core.form;

import java.util.Objects;

/**
 * What stops one field from being sent, as the form names it: a list of these says which items need attention,
 * and each entry's {@code path} is the field to jump to.
 *
 * @param path    the field's id ({@link FieldSpec#path()})
 * @param label   the field's label as the form shows it
 * @param message what is wrong, in words ("is required", "letters, digits and _ only; no spaces or accents");
 *                never the value
 * @param detail  the technical rule behind the message for a tooltip (the model's pattern), or "" when none
 */
public record FieldProblem(String path, String label, String message, String detail) {

    public FieldProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(message, "message");
        detail = detail == null ? "" : detail;
    }

    static FieldProblem of(FieldSpec field, String message, String detail) {
        return new FieldProblem(field.path(), field.label(), message, detail);
    }
}

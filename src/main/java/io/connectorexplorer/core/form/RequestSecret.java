package io.connectorexplorer.core.form;

import java.util.Objects;

/**
 * A sensitive value in a CreateConnectorProfile request: where it is, and what the form calls it. Holds no value.
 *
 * @param path  JSON Pointer to the value in the request (an entry of a list has its index as last segment)
 * @param label the field's label as the form shows it
 */
public record RequestSecret(String path, String label) {

    public RequestSecret {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
    }
}

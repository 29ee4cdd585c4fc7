package io.connectorexplorer.core.form;

import java.util.List;
import java.util.Objects;

/**
 * One field of the connection form. It holds no value (those live in {@link FormValues}), so printing a spec
 * can never reveal a secret.
 *
 * @param path      the field's id: a JSON Pointer to where the value goes in the CreateConnectorProfile
 *                  request (for {@link AuthMethod#authorizationFields()}: into the sign-in page address, see
 *                  {@link AuthorizationUrl})
 * @param help      shown beside the field, may be empty; model descriptions can be long: {@link #helpText()}
 *                  splits off the first sentence
 * @param required  always required; members of an optional group the model requires once the group is
 *                  started are not marked, {@link FormCheck} reports them when they are missing
 * @param sensitive the value is redacted wherever it leaves the field (preview, copy, save) unless the user asks
 *                  for secrets; true for every {@link FieldKind#SECRET} and for values of sensitive model shapes
 * @param kind      how the value is entered; {@link FieldKind#SECRET} means masked while typing
 * @param options   choices or suggestions, as {@link FieldKind} describes for the kind; suggestions for typed kinds
 * @param wire      how the value is written into the request JSON
 */
public record FieldSpec(
        String path,
        String label,
        String help,
        boolean required,
        boolean sensitive,
        FieldKind kind,
        List<String> options,
        Wire wire) {

    /** The JSON type of the value in the request: map entries are strings even for typed inputs. */
    public enum Wire {
        STRING,
        BOOLEAN,
        NUMBER,
        STRING_LIST
    }

    public FieldSpec {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(wire, "wire");
        label = label == null || label.isBlank() ? path : label;
        help = help == null ? "" : help;
        options = options == null ? List.of() : List.copyOf(options);
        sensitive = sensitive || kind == FieldKind.SECRET;
    }

    /** The help split for showing: its first sentence under the field, the rest on demand. */
    public HelpText helpText() {
        return HelpText.of(help);
    }

    /** The same field, required or not. */
    public FieldSpec withRequired(boolean newRequired) {
        return new FieldSpec(path, label, help, newRequired, sensitive, kind, options, wire);
    }

    /** A text field written as a JSON string. */
    public static FieldSpec text(String path, String label, String help, boolean required) {
        return new FieldSpec(path, label, help, required, false, FieldKind.TEXT, List.of(), Wire.STRING);
    }

    /** A masked field written as a JSON string. */
    public static FieldSpec secret(String path, String label, String help, boolean required) {
        return new FieldSpec(path, label, help, required, true, FieldKind.SECRET, List.of(), Wire.STRING);
    }

    public FieldSpec withKind(FieldKind newKind, List<String> newOptions) {
        return new FieldSpec(path, label, help, required, sensitive, newKind, newOptions, wire);
    }

    public FieldSpec withSensitive(boolean newSensitive) {
        return new FieldSpec(path, label, help, required, newSensitive, kind, options, wire);
    }

    public FieldSpec withWire(Wire newWire) {
        return new FieldSpec(path, label, help, required, sensitive, kind, options, newWire);
    }
}

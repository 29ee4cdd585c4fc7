package io.connectorexplorer.core.form;

import io.connectorexplorer.core.model.ServiceModel;
import io.connectorexplorer.core.model.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Fields for a connector authored by Amazon, walked from its {@code ...ConnectorProfileCredentials} or
 * {@code ...ConnectorProfileProperties} shape. Nested structures are flattened ("OAuth request › Auth code").
 * A member is marked required only when every structure above it is required too; a required member of an
 * optional group is needed once anything in the group is filled, which {@link FormCheck} reports through the
 * model and the help text says.
 */
final class ModelShapeFields {

    /** Credential members the model does not mark sensitive but that are secrets all the same (ApiToken, Key). */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(secret|password|token|key|authcode).*");

    private static final int MAX_DEPTH = 8;

    private final ServiceModel model;
    private final List<String> notes;

    ModelShapeFields(ServiceModel model, List<String> notes) {
        this.model = model;
        this.notes = notes;
    }

    List<FieldSpec> fields(String shapeName, String path, boolean credentials) {
        List<FieldSpec> fields = new ArrayList<>();
        walk(model.shape(shapeName), path, "", null, true, credentials, 0, fields);
        return fields;
    }

    private void walk(
            Shape shape,
            String path,
            String labelPrefix,
            String group,
            boolean chainRequired,
            boolean credentials,
            int depth,
            List<FieldSpec> out) {
        if (depth > MAX_DEPTH) {
            notes.add("The model nests " + shape.name() + " too deeply; its members are not offered");
            return;
        }
        shape.members().forEach((name, member) -> {
            Shape target = model.shape(member.shapeName());
            String childPath = RequestPaths.child(path, name);
            String label = labelPrefix.isEmpty() ? Labels.humanize(name) : labelPrefix + " › " + Labels.humanize(name);
            boolean required = chainRequired && member.required();
            String help = member.documentation();
            if (member.required() && !required) {
                help = (help + " Required once any " + group + " field is filled.").strip();
            }
            if (target.isStructure()) {
                walk(target, childPath, label, label, required, credentials, depth + 1, out);
                return;
            }
            FieldSpec field = field(
                    target,
                    childPath,
                    label,
                    help,
                    required,
                    credentials && SECRET_NAME.matcher(name).matches());
            if (field == null) {
                notes.add("Model member " + name + " (" + target.type() + ") cannot be entered in this form");
            } else {
                out.add(field);
            }
        });
    }

    private FieldSpec field(
            Shape target, String path, String label, String help, boolean required, boolean secretByName) {
        FieldSpec text = FieldSpec.text(path, label, help, required);
        return switch (target.type()) {
            case Shape.STRING ->
                target.isEnum()
                        ? text.withKind(FieldKind.CHOICE, target.enumValues())
                        : target.sensitive() || secretByName
                                ? text.withKind(FieldKind.SECRET, List.of()).withSensitive(true)
                                : text;
            case Shape.BOOLEAN -> text.withKind(FieldKind.BOOLEAN, List.of()).withWire(FieldSpec.Wire.BOOLEAN);
            case Shape.INTEGER -> text.withKind(FieldKind.INTEGER, List.of()).withWire(FieldSpec.Wire.NUMBER);
            case Shape.LONG -> text.withKind(FieldKind.LONG, List.of()).withWire(FieldSpec.Wire.NUMBER);
            case Shape.LIST ->
                !isTextList(target)
                        ? null
                        : text.withKind(FieldKind.MULTI_CHOICE, List.of()).withWire(FieldSpec.Wire.STRING_LIST);
            default -> null;
        };
    }

    private boolean isTextList(Shape list) {
        return model.findShape(list.listMember())
                .map(s -> Shape.STRING.equals(s.type()))
                .orElse(false);
    }
}

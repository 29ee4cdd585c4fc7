package io.connectorexplorer.core.form;

import io.connectorexplorer.core.model.ServiceModel;
import io.connectorexplorer.core.model.Shape;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fills a form the way a careful user would: a value each field's kind and model pattern accept. Every
 * sensitive text value carries the marker {@value #SECRET_MARKER}, so tests can search output for leaks.
 */
final class SampleValues {

    static final String SECRET_MARKER = "SECRETx";

    /** Model pattern → a value matching it, with %s where a word of letters and digits goes. */
    private static final Map<String, String> BY_PATTERN = Map.ofEntries(
            Map.entry("[\\w/!@#+=.-]+", "%s"),
            Map.entry("\\S+", "%s"),
            Map.entry(".*", "%s"),
            Map.entry("[\\s\\w/!@#+=.-]*", "%s"),
            Map.entry("arn:aws:kms:.*:[0-9]+:.*", "arn:aws:kms:us-east-1:123456789012:key/%s"),
            Map.entry("arn:aws:iam:.*:[0-9]+:.*", "arn:aws:iam::123456789012:role/%s"),
            Map.entry("arn:aws:secretsmanager:.*:[0-9]+:.*", "arn:aws:secretsmanager:us-east-1:123456789012:secret:%s"),
            Map.entry("^(https?)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]", "https://example.com/%s"),
            Map.entry("^\\d{3}$", "100"),
            Map.entry("^[a-zA-Z0-9_]*$", "EN"),
            Map.entry("^([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_\\-\\+\\/=]*)", "header.body.%s"),
            Map.entry("^$|com.amazonaws.vpce.[\\w/!:@#.\\-]+", "com.amazonaws.vpce.us-east-1.%s"));

    private final ServiceModel model;
    private int counter;

    SampleValues(ServiceModel model) {
        this.model = model;
    }

    /** Fills every request field of the spec with this method chosen. */
    FormValues all(AuthFormSpec spec, AuthMethod method) {
        FormValues values = new FormValues();
        spec.requestFields(method).forEach(f -> fill(f, values));
        return values;
    }

    /** Fills only the fields marked required. */
    FormValues requiredOnly(AuthFormSpec spec, AuthMethod method) {
        FormValues values = new FormValues();
        spec.requestFields(method).stream().filter(FieldSpec::required).forEach(f -> fill(f, values));
        return values;
    }

    void fill(FieldSpec field, FormValues values) {
        counter++;
        String word = (field.sensitive() ? SECRET_MARKER : "value") + counter;
        switch (field.kind()) {
            case CHOICE -> values.set(field.path(), field.options().get(0));
            case MULTI_CHOICE ->
                values.set(
                        field.path(),
                        field.options().isEmpty()
                                ? List.of(text(field, word))
                                : List.of(field.options().get(0)));
            case EDITABLE_CHOICE ->
                values.set(
                        field.path(),
                        field.sensitive() ? text(field, word) : field.options().get(0));
            case INTEGER ->
                values.set(
                        field.path(),
                        field.options().isEmpty() ? "443" : field.options().get(0));
            case LONG -> values.set(field.path(), "5000000000");
            case BOOLEAN -> values.set(field.path(), Boolean.TRUE);
            case DATE -> values.set(field.path(), "2024-01-31");
            case DATETIME -> values.set(field.path(), "2024-01-31T09:30:00Z");
            case TEXT, SECRET -> values.set(field.path(), text(field, word));
        }
    }

    private String text(FieldSpec field, String word) {
        Shape shape = model.shapeAt("CreateConnectorProfileRequest", field.path())
                .filter(s -> s.pattern() != null)
                .or(() -> model.shapeAt("CreateConnectorProfileRequest", field.path() + "/0"))
                .orElseThrow(() -> new AssertionError("no model shape for " + field.path()));
        String template = BY_PATTERN.get(shape.pattern());
        if (template == null) {
            throw new AssertionError("no sample value for pattern " + shape.pattern() + " at " + field.path());
        }
        String value = template.formatted(word);
        if (!Pattern.compile(shape.pattern()).matcher(value).matches()) {
            throw new AssertionError("sample " + value + " does not match " + shape.pattern());
        }
        return value;
    }
}

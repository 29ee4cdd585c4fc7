package io.connectorexplorer.core.connection;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields table's columns, as the window shows them and as CSV or TSV write them: one place that says what each
 * column holds. A flag the service did not state is empty, not "no".
 */
public final class FieldTable {

    /**
     * A column: its heading in the window, its name in CSV, and a field's value in it — a String, or a Boolean flag
     * (null when the service did not state it).
     */
    public record Column(String heading, String key, Function<EntityField, Object> raw) {

        /** As the window shows it: a flag as yes / no / empty. */
        public String value(EntityField field) {
            Object value = raw.apply(field);
            return value instanceof Boolean b ? flag(b) : value == null ? "" : value.toString();
        }

        /** As CSV writes it: a flag as true / false / empty. */
        String csvValue(EntityField field) {
            Object value = raw.apply(field);
            return value == null ? "" : value.toString();
        }
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("Identifier", "identifier", EntityField::identifier),
            new Column("Label", "label", EntityField::label),
            new Column("Type", "type", EntityField::type),
            new Column("Primary key", "primaryKey", EntityField::primaryKey),
            new Column("Filter operators", "filterOperators", f -> String.join(" ", f.filterOperators())),
            new Column("Constraints", "constraints", EntityField::constraints),
            new Column("Retrievable", "retrievable", EntityField::retrievable),
            new Column("Queryable", "queryable", EntityField::queryable),
            new Column("Timestamp field", "timestampField", EntityField::timestampField),
            new Column("Creatable", "creatable", EntityField::creatable),
            new Column("Updatable", "updatable", EntityField::updatable),
            new Column("Upsertable", "upsertable", EntityField::upsertable),
            new Column("Nullable", "nullable", EntityField::nullable),
            new Column("Write operations", "writeOperations", f -> String.join(" ", f.writeOperations())),
            new Column("Deprecated", "deprecated", EntityField::deprecated),
            new Column("Default", "defaultValue", EntityField::defaultValue),
            new Column("Description", "description", EntityField::description),
            new Column(
                    "Custom properties",
                    "customProperties",
                    f -> f.customProperties().entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; "))));

    private FieldTable() {}

    /** "yes", "no", or empty when the service did not say. */
    public static String flag(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    /**
     * The fields as CSV (RFC 4180: a header line of column names, CRLF line ends, quoted where needed), flags as true,
     * false or empty — what {@code entity --csv} prints.
     */
    public static String csv(List<EntityField> fields, List<Column> columns) {
        StringBuilder out = new StringBuilder();
        line(out, columns.stream().map(Column::key).toList());
        for (EntityField field : fields) {
            line(out, columns.stream().map(c -> c.csvValue(field)).toList());
        }
        return out.toString();
    }

    /** The fields as TSV, for a spreadsheet paste: headings as shown, tabs and line breaks inside values as spaces. */
    public static String tsv(List<EntityField> fields, List<Column> columns) {
        StringBuilder out = new StringBuilder();
        out.append(columns.stream().map(c -> flat(c.heading())).collect(Collectors.joining("\t")))
                .append('\n');
        for (EntityField field : fields) {
            out.append(columns.stream().map(c -> flat(c.value(field))).collect(Collectors.joining("\t")))
                    .append('\n');
        }
        return out.toString();
    }

    private static String flat(String value) {
        return value.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static void line(StringBuilder out, List<String> values) {
        out.append(values.stream().map(FieldTable::quoted).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    /** A CSV value: in quotes, with quotes doubled, when it holds a comma, a quote or a line break. */
    static String quoted(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** Whether a field matches what is typed in the filter: any column's text, ignoring case. */
    public static boolean matches(EntityField field, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        return field.identifier().toLowerCase(Locale.ROOT).contains(needle)
                || field.label().toLowerCase(Locale.ROOT).contains(needle)
                || field.type().toLowerCase(Locale.ROOT).contains(needle)
                || field.description().toLowerCase(Locale.ROOT).contains(needle);
    }
}

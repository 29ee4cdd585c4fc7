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

    /** A column: its heading and how a field reads in it. */
    public record Column(String heading, Function<EntityField, String> value) {}

    public static final List<Column> COLUMNS = List.of(
            new Column("Identifier", EntityField::identifier),
            new Column("Label", EntityField::label),
            new Column("Type", EntityField::type),
            new Column("Primary key", f -> flag(f.primaryKey())),
            new Column("Deprecated", f -> flag(f.deprecated())),
            new Column("Default", EntityField::defaultValue),
            new Column("Filter operators", f -> String.join(" ", f.filterOperators())),
            new Column("Constraints", EntityField::constraints),
            new Column("Queryable", f -> flag(f.queryable())),
            new Column("Retrievable", f -> flag(f.retrievable())),
            new Column("Timestamp field", f -> flag(f.timestampField())),
            new Column("Creatable", f -> flag(f.creatable())),
            new Column("Updatable", f -> flag(f.updatable())),
            new Column("Upsertable", f -> flag(f.upsertable())),
            new Column("Nullable", f -> flag(f.nullable())),
            new Column("Write operations", f -> String.join(" ", f.writeOperations())),
            new Column(
                    "Custom properties",
                    f -> f.customProperties().entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; "))),
            new Column("Description", EntityField::description));

    private FieldTable() {}

    /** "yes", "no", or empty when the service did not say. */
    public static String flag(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    /** The fields as CSV (RFC 4180: a header line, CRLF line ends, quoted where needed). */
    public static String csv(List<EntityField> fields, List<Column> columns) {
        return write(fields, columns, ",", "\r\n");
    }

    /** The fields as TSV, for a spreadsheet paste: tabs and line breaks inside values become spaces. */
    public static String tsv(List<EntityField> fields, List<Column> columns) {
        return write(fields, columns, "\t", "\n");
    }

    private static String write(List<EntityField> fields, List<Column> columns, String separator, String lineEnd) {
        StringBuilder out = new StringBuilder();
        out.append(columns.stream().map(c -> cell(c.heading(), separator)).collect(Collectors.joining(separator)))
                .append(lineEnd);
        for (EntityField field : fields) {
            out.append(columns.stream()
                            .map(c -> cell(c.value().apply(field), separator))
                            .collect(Collectors.joining(separator)))
                    .append(lineEnd);
        }
        return out.toString();
    }

    private static String cell(String value, String separator) {
        if (separator.equals("\t")) {
            return value.replaceAll("[\\t\\r\\n]+", " ");
        }
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

package io.connectorexplorer.cli;

import io.connectorexplorer.core.connection.EntityField;
import io.connectorexplorer.core.inventory.InventoryCsv;
import java.util.List;

/** An entity's fields as CSV (RFC 4180: CRLF line ends, a value with a comma, quote or line break in quotes). */
final class FieldsCsv {

    static final List<String> HEADINGS = List.of(
            "identifier",
            "label",
            "type",
            "primaryKey",
            "filterOperators",
            "constraints",
            "retrievable",
            "queryable",
            "timestampField",
            "creatable",
            "updatable",
            "upsertable",
            "nullable",
            "writeOperations",
            "deprecated",
            "defaultValue",
            "description");

    private FieldsCsv() {}

    static String text(List<EntityField> fields) {
        StringBuilder b = new StringBuilder();
        line(b, HEADINGS);
        for (EntityField f : fields) {
            line(
                    b,
                    List.of(
                            f.identifier(),
                            f.label(),
                            f.type(),
                            flag(f.primaryKey()),
                            String.join(" ", f.filterOperators()),
                            f.constraints(),
                            flag(f.retrievable()),
                            flag(f.queryable()),
                            flag(f.timestampField()),
                            flag(f.creatable()),
                            flag(f.updatable()),
                            flag(f.upsertable()),
                            flag(f.nullable()),
                            String.join(" ", f.writeOperations()),
                            flag(f.deprecated()),
                            f.defaultValue(),
                            f.description()));
        }
        return b.toString();
    }

    /** A flag the service stated, as true or false; empty when it stated none. */
    private static String flag(Boolean value) {
        return value == null ? "" : value.toString();
    }

    private static void line(StringBuilder b, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(InventoryCsv.field(values.get(i)));
        }
        b.append("\r\n");
    }
}

package io.connectorexplorer.cli;

import io.connectorexplorer.core.connection.ConnectionSummary;
import io.connectorexplorer.core.connection.EntityField;
import io.connectorexplorer.core.connection.EntitySummary;
import io.connectorexplorer.core.connection.FlowSummary;
import io.connectorexplorer.core.connector.ConnectorKey;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The tables {@code connections}, {@code entities}, {@code entity} and {@code flows} print without --json. */
final class ConnectionTables {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ConnectionTables() {}

    static String connections(List<ConnectionSummary> connections, ZoneId zone) {
        TextTable table = new TextTable("NAME", "CONNECTOR", "MODE", "PRIVATE CONNECTION", "LAST UPDATED");
        for (ConnectionSummary c : connections) {
            String privateState = c.privateConnectionStatus();
            if (!c.privateConnectionFailure().isEmpty()) {
                privateState += " (" + c.privateConnectionFailure() + ")";
            }
            table.row(
                    c.name(),
                    connector(c.connector()),
                    c.connectionMode(),
                    privateState,
                    time(c.lastUpdatedAt(), zone));
        }
        return table.text();
    }

    static String entities(List<EntitySummary> entities) {
        TextTable table = new TextTable("GROUP", "NAME", "LABEL", "NESTED");
        for (EntitySummary e : entities) {
            table.row(e.group(), e.name(), e.label(), e.hasNestedEntities() ? "yes" : "no");
        }
        return table.text();
    }

    static String fields(List<EntityField> fields) {
        TextTable table = new TextTable(
                "IDENTIFIER",
                "LABEL",
                "TYPE",
                "PK",
                "FILTER OPERATORS",
                "CONSTRAINTS",
                "SOURCE",
                "DESTINATION",
                "WRITE OPERATIONS");
        for (EntityField f : fields) {
            table.row(
                    f.identifier(),
                    f.label(),
                    f.type(),
                    Boolean.TRUE.equals(f.primaryKey()) ? "yes" : "",
                    String.join(",", f.filterOperators()),
                    f.constraints(),
                    flags(List.of("read", "query", "incremental"), f.retrievable(), f.queryable(), f.timestampField()),
                    flags(
                            List.of("create", "update", "upsert", "nullable"),
                            f.creatable(),
                            f.updatable(),
                            f.upsertable(),
                            f.nullable()),
                    String.join(",", f.writeOperations()));
        }
        return table.text();
    }

    static String flows(List<FlowSummary> flows, ZoneId zone) {
        TextTable table = new TextTable("NAME", "STATUS", "TRIGGER", "SOURCE", "DESTINATION", "LAST RUN");
        for (FlowSummary f : flows) {
            String lastRun =
                    f.lastRunStatus().isEmpty() ? "" : (f.lastRunStatus() + " " + time(f.lastRunAt(), zone)).strip();
            table.row(
                    f.name(), f.status(), f.triggerType(), connector(f.source()), connector(f.destination()), lastRun);
        }
        return table.text();
    }

    /** The flags the service stated true, by name ("read,query"); a stated false is left out, as is one not stated. */
    private static String flags(List<String> names, Boolean... values) {
        List<String> on = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (Boolean.TRUE.equals(values[i])) {
                on.add(names.get(i));
            }
        }
        return String.join(",", on);
    }

    private static String connector(ConnectorKey key) {
        return key == null ? "" : key.displayId();
    }

    private static String time(Optional<Instant> instant, ZoneId zone) {
        return instant.map(i -> SHOWN.format(i.atZone(zone))).orElse("");
    }
}

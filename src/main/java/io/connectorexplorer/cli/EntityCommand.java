package io.connectorexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.connection.EntityField;
import io.connectorexplorer.core.connection.FieldTable;
import io.connectorexplorer.core.connector.EntityQuery;
import io.connectorexplorer.core.store.SnapshotKey;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code entity}: one entity's fields through a connection, as a table, CSV, or as the AWS CLI prints them. */
final class EntityCommand implements CommandLine.Command {

    @Override
    public String usage() {
        return """
                Usage: connector-explorer entity --connection NAME --entity NAME [--connector-type T]
                                                 [--api-version V] [--json | --csv] [--profile P] [--region R] [--demo]
                                                 [--offline | --as-of TIME]

                Prints the fields of an entity: identifier, label, type, primary key, filter operators, what the
                values must be (pattern, range, length, allowed values, date format), what a flow can do with it
                as a source (read, query, incremental: a timestamp for incremental pulls) and as a destination
                (create, update, upsert, nullable), and the write operations it takes.
                  --connection NAME     the connection (connector profile) to ask
                  --entity NAME         the entity, as 'connector-explorer entities' names it
                  --connector-type T    its connector type (default: the connection's own, asked of AppFlow)
                  --api-version V       the connector's API version to ask with
                  --json                print what 'aws appflow describe-connector-entity' prints
                  --csv                 print the fields table as CSV (RFC 4180), flags as true, false or empty
                                        when AppFlow does not state them
                """ + Offline.HELP + Help.COMMON;
    }

    @Override
    public int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of(
                        "--connection",
                        "--entity",
                        "--connector-type",
                        "--api-version",
                        "--profile",
                        "--region",
                        "--as-of"),
                Set.of("--json", "--csv", "--demo", "--offline"));
        String connection = EntitiesCommand.required(parsed, "--connection");
        String entity = EntitiesCommand.required(parsed, "--entity");
        if (parsed.flag("--json") && parsed.flag("--csv")) {
            throw new UsageException("--json and --csv cannot be combined");
        }
        if (Offline.wanted(parsed)) {
            Offline offline = Offline.of(parsed, context);
            print(
                    parsed,
                    context,
                    out,
                    offline.kept(
                            SnapshotKey.fields(
                                    offline.accountId(),
                                    offline.target().region(),
                                    connection,
                                    entity,
                                    parsed.value("--api-version").orElse(null)),
                            "fields of " + entity + " in " + connection,
                            err));
            return CommandLine.OK;
        }
        try (AccountSession session = context.open(context.target(parsed))) {
            EntityQuery query = ConnectionLookup.query(session, parsed, connection, null);
            print(parsed, context, out, session.connections().fields(query, entity));
        }
        return CommandLine.OK;
    }

    private static void print(Arguments parsed, CliServices context, PrintStream out, JsonNode response) {
        if (parsed.flag("--json")) {
            out.print(context.describeOutput().responseText("DescribeConnectorEntity", response));
        } else {
            List<EntityField> fields = EntityField.of(response);
            out.print(
                    parsed.flag("--csv")
                            ? FieldTable.csv(fields, FieldTable.COLUMNS)
                            : ConnectionTables.fields(fields));
        }
    }
}

package io.connectorexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.connection.EntitySummary;
import io.connectorexplorer.core.connector.EntityQuery;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.task.Cancellation;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code entities}: the entities (objects) a connection offers, or those below a nested entity. */
final class EntitiesCommand implements CommandLine.Command {

    @Override
    public String usage() {
        return """
                Usage: connector-explorer entities --connection NAME [--connector-type T] [--entities-path PATH]
                                                   [--api-version V] [--json] [--profile P] [--region R] [--demo]
                                                   [--offline | --as-of TIME]

                Lists the entities (objects) a connection offers, by group: name, label, and whether it has nested
                entities, which are listed with --entities-path and the entity's name.
                  --connection NAME     the connection (connector profile) to ask
                  --connector-type T    its connector type (default: the connection's own, asked of AppFlow)
                  --entities-path PATH  the entities below this nested entity (default: the top)
                  --api-version V       the connector's API version to ask with
                  --json                print what 'aws appflow list-connector-entities' prints, every page merged
                                        (no nextToken)
                """ + Offline.HELP + Help.COMMON;
    }

    @Override
    public int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of(
                        "--connection",
                        "--connector-type",
                        "--entities-path",
                        "--api-version",
                        "--profile",
                        "--region",
                        "--as-of"),
                Set.of("--json", "--demo", "--offline"));
        String connection = required(parsed, "--connection");
        if (Offline.wanted(parsed)) {
            Offline offline = Offline.of(parsed, context);
            String path = parsed.value("--entities-path").orElse(null);
            print(
                    parsed,
                    context,
                    out,
                    offline.kept(
                            SnapshotKey.entities(
                                    offline.accountId(),
                                    offline.target().region(),
                                    connection,
                                    path,
                                    parsed.value("--api-version").orElse(null)),
                            "entities of " + connection + (path == null ? "" : " in " + path),
                            err));
            return CommandLine.OK;
        }
        try (AccountSession session = context.open(context.target(parsed))) {
            EntityQuery query = ConnectionLookup.query(
                    session, parsed, connection, parsed.value("--entities-path").orElse(null));
            print(parsed, context, out, session.connections().entities(query, Cancellation.NEVER, pages -> {}));
        }
        return CommandLine.OK;
    }

    private static void print(Arguments parsed, CliServices context, PrintStream out, JsonNode merged) {
        out.print(
                parsed.flag("--json")
                        ? context.describeOutput().responseText("ListConnectorEntities", merged)
                        : ConnectionTables.entities(EntitySummary.of(merged)));
    }

    static String required(Arguments parsed, String option) throws UsageException {
        String value = parsed.value(option).orElseThrow(() -> new UsageException(option + " is required"));
        if (value.isBlank()) {
            throw new UsageException(option + " is empty");
        }
        return value;
    }
}

package io.connectorexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.connection.ConnectionSummary;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.store.SnapshotKey;
import io.connectorexplorer.core.task.Cancellation;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code connections}: the account's connections (connector profiles), as a table or as the AWS CLI prints them. */
final class ConnectionsCommand implements CommandLine.Command {

    static final String OPERATION = "DescribeConnectorProfiles";

    @Override
    public String usage() {
        return """
                Usage: connector-explorer connections [--connector-type T] [--connector-label L] [--json]
                                                      [--profile P] [--region R] [--demo] [--offline | --as-of TIME]

                Lists the connections (connector profiles) of the account: name, connector, connection mode, the
                state of a private connection, and when it was last updated. No credential is read: a connection's
                credentials stay where AppFlow keeps them (credentialsArn names where).
                  --connector-type T    only the connections of this connector type (CustomConnector: of any
                                        custom connector)
                  --connector-label L   only the connections of this custom connector
                  --json                print what 'aws appflow describe-connector-profiles' prints, every page
                                        merged (no nextToken)
                The history keeps the connections of one connector: --offline and --as-of need --connector-type.
                """ + Offline.HELP + Help.COMMON;
    }

    @Override
    public int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of("--connector-type", "--connector-label", "--profile", "--region", "--as-of"),
                Set.of("--json", "--demo", "--offline"));
        ConnectorKey connector = connector(parsed);
        if (Offline.wanted(parsed)) {
            if (connector == null) {
                throw new UsageException("--offline and --as-of need --connector-type: the history keeps the"
                        + " connections of one connector at a time");
            }
            Offline offline = Offline.of(parsed, context);
            print(
                    parsed,
                    context,
                    out,
                    offline.kept(
                            SnapshotKey.connections(
                                    offline.accountId(), offline.target().region(), connector),
                            "connections of " + connector.displayId(),
                            err));
            return CommandLine.OK;
        }
        try (AccountSession session = context.open(context.target(parsed))) {
            print(parsed, context, out, session.connections().profiles(connector, Cancellation.NEVER));
        }
        return CommandLine.OK;
    }

    private static void print(Arguments parsed, CliServices context, PrintStream out, JsonNode merged) {
        out.print(
                parsed.flag("--json")
                        ? context.describeOutput().responseText(OPERATION, merged)
                        : ConnectionTables.connections(ConnectionSummary.of(merged), ZoneId.systemDefault()));
    }

    /** The connector asked for: null for all; a label alone means a custom connector. */
    static ConnectorKey connector(Arguments parsed) throws UsageException {
        Optional<String> type = parsed.value("--connector-type");
        Optional<String> label = parsed.value("--connector-label");
        if (type.isEmpty() && label.isEmpty()) {
            return null;
        }
        ConnectorKey key = new ConnectorKey(type.orElse(ConnectorKey.CUSTOM_CONNECTOR), label.orElse(null));
        if (key.connectorType().isBlank()) {
            throw new UsageException("--connector-type is empty");
        }
        if (key.connectorLabel() != null) {
            Optional<String> problem = key.validationProblem();
            if (problem.isPresent()) {
                throw new UsageException(problem.get());
            }
        }
        return key;
    }
}

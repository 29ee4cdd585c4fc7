package io.connectorexplorer.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.AccountSession;
import io.connectorexplorer.core.connection.ConnectionSummary;
import io.connectorexplorer.core.connection.FlowSummary;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.task.Cancellation;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** {@code flows}: the account's flows, or those of one connector or one connection. */
final class FlowsCommand implements CommandLine.Command {

    @Override
    public String usage() {
        return """
                Usage: connector-explorer flows [--connector-type T] [--connector-label L] [--connection NAME]
                                                [--json] [--profile P] [--region R] [--demo]

                Lists the flows of the account: name, status, trigger, source and destination connector, and the
                last run.
                  --connector-type T    only flows whose source or destination is of this connector type
                  --connector-label L   only flows whose source or destination is this custom connector
                  --connection NAME     only flows whose source or a destination uses this connection (connector
                                        profile). ListFlows does not name connections: each flow whose source or
                                        destination connector is the connection's is described (DescribeFlow, one
                                        call per flow) to see which connections it uses
                  --json                print what 'aws appflow list-flows' prints, every page merged (no
                                        nextToken), with only the flows chosen
                """ + Help.COMMON;
    }

    @Override
    public int run(List<String> args, CliServices context, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of("--connector-type", "--connector-label", "--connection", "--profile", "--region"),
                Set.of("--json", "--demo"));
        ConnectorKey connector = ConnectionsCommand.connector(parsed);
        String connection = parsed.value("--connection").orElse(null);
        if (connection != null && connection.isBlank()) {
            throw new UsageException("--connection is empty");
        }
        try (AccountSession session = context.open(context.target(parsed))) {
            Predicate<FlowSummary> chosen = connector == null ? f -> true : f -> usesConnector(f, connector);
            if (connection != null) {
                ConnectionSummary found = ConnectionLookup.find(session, connection);
                chosen = chosen.and(f -> found.connector() != null && f.uses(found.connector()))
                        .and(f -> FlowSummary.connectionsOf(
                                        session.connections().flow(f.name()))
                                .contains(connection));
            }
            ObjectNode merged = session.connections().flows(Cancellation.NEVER);
            ArrayNode kept = merged.arrayNode();
            for (FlowSummary flow : FlowSummary.of(merged)) {
                if (chosen.test(flow)) {
                    kept.add(flow.json());
                }
            }
            merged.set("flows", kept);
            out.print(
                    parsed.flag("--json")
                            ? context.describeOutput().responseText("ListFlows", merged)
                            : ConnectionTables.flows(FlowSummary.of(merged), ZoneId.systemDefault()));
        }
        return CommandLine.OK;
    }

    /** A type alone (CustomConnector with no label) matches any label; with a label, that custom connector only. */
    private static boolean usesConnector(FlowSummary flow, ConnectorKey wanted) {
        return matches(flow.source(), wanted) || matches(flow.destination(), wanted);
    }

    private static boolean matches(ConnectorKey actual, ConnectorKey wanted) {
        return actual != null
                && actual.connectorType().equals(wanted.connectorType())
                && (wanted.connectorLabel() == null || wanted.connectorLabel().equals(actual.connectorLabel()));
    }
}
